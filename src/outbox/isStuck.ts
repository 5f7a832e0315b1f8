import type { OutboxItem } from '../deviceDatabase';

/** Failed tries after which an item that still retries by itself counts as stuck: 5. */
export const STUCK_AFTER_ATTEMPTS = 5;

/**
 * Whether staff are offered to export the item as a file and delete it (docs/offline.md,
 * guarantee 10): it waits for a person, or sending it keeps failing.
 */
export function isStuck(item: OutboxItem): boolean {
  return item.state.kind === 'needsAction' || item.attempts >= STUCK_AFTER_ATTEMPTS;
}
