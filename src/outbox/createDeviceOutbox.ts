import type { DeviceDatabase, OutboxItem } from '../deviceDatabase';
import type { DraftStore } from '../drafts';
import type { Receipt } from '../intake';
import { createOutbox, type Outbox, type OutboxOptions } from './createOutbox';
import { createOutboxStore } from './createOutboxStore';
import { browserOutboxChannel } from './outboxChannel';

export interface DeviceOutboxOptions extends Pick<OutboxOptions, 'onSentElsewhere' | 'onUnreachable'> {
  /** The device database the outbox shares with the drafts. */
  readonly database: DeviceDatabase;
  /** The drafts on the device: a sent application leaves them, a deleted one too. */
  readonly draftStore: DraftStore;
  /** Before the answers leave the device (the page lets a pending autosave land first). */
  readonly beforeSent?: () => Promise<void>;
  /** After the device kept the receipt and let the answers go (the page shows the receipt). */
  readonly afterSent?: (item: OutboxItem, receipt: Receipt) => void;
}

/**
 * The outbox of this device, the same in a tab and in the service worker: its items in the
 * device database, the Web Locks lock, the BroadcastChannel to the other senders, and what a send
 * or a deletion does to the drafts (one transaction each: docs/offline.md, guarantee 2).
 */
export function createDeviceOutbox(options: DeviceOutboxOptions): Outbox {
  const { draftStore } = options;
  const channel = browserOutboxChannel();
  const store = createOutboxStore(options.database);
  return createOutbox({
    store,
    // The files stay in the draft store, written once; the item names them in the order they go.
    async readFiles(item) {
      const kept = new Map((await draftStore.getAttachments(item.draftId)).map((attachment) => [attachment.key, attachment.blob]));
      return (item.attachments ?? []).flatMap(({ questionId, ref, name }) => {
        const blob = kept.get(ref);
        return blob ? [{ questionId, name, blob }] : [];
      });
    },
    ...(channel ? { channel } : {}),
    ...(options.onSentElsewhere ? { onSentElsewhere: options.onSentElsewhere } : {}),
    ...(options.onUnreachable ? { onUnreachable: options.onUnreachable } : {}),
    async onSent(item, receipt) {
      await options.beforeSent?.();
      // Keeps the receipt and removes the draft, its files and the outbox item together.
      const { statusCode } = item.submission;
      await draftStore.completeSend(item.draftId, { ...receipt, permitId: item.permitId, ...(statusCode ? { statusCode } : {}) });
      options.afterSent?.(item, receipt);
    },
    // Staff exported it first: the draft and its files go with it, so nothing stays half.
    async discard(draftId) {
      await draftStore.delete(draftId);
      await store.remove(draftId);
    },
  });
}
