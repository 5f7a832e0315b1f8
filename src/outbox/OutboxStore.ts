import type { OutboxItem } from '../deviceDatabase';

/**
 * Where queued applications are kept: the device database (`outbox` store of `hulploket`), or
 * memory when IndexedDB cannot be used. Each method is one transaction.
 */
export interface OutboxStore {
  all(): Promise<OutboxItem[]>;
  get(draftId: string): Promise<OutboxItem | undefined>;
  /** Adds the item or replaces the one with the same `draftId`; durable once it resolves. */
  put(item: OutboxItem): Promise<void>;
  /** Only after the intake service acknowledged the item (or staff deleted it). */
  remove(draftId: string): Promise<void>;
}
