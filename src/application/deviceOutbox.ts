import type { Receipt } from '../intake';
import { createOutbox, createOutboxStore, type OutboxItem } from '../outbox';
import { applications, updateApplication } from './applications';
import { autosaver, deviceDatabase, draftStore } from './deviceDrafts';

/**
 * This tablet's outbox: one per page, started by the app shell with the intake client
 * (`startOutbox` in `src/app/useOutbox.ts`).
 */
export const outbox = createOutbox({
  store: createOutboxStore(deviceDatabase),
  async onSent(item, receipt) {
    // Any pending write of this draft lands first, so the removal below is the last word.
    await autosaver.flush();
    const { reference, receivedAt, expectedDecisionBy } = receipt;
    await draftStore.completeSend(item.draftId, { reference, permitId: item.permitId, receivedAt, expectedDecisionBy });
    showReceipt(item, receipt);
  },
  async onSentElsewhere(item) {
    const receipt = (await draftStore.listReceipts()).find((stored) => stored.draftId === item.draftId);
    if (!receipt) return;
    const { reference, receivedAt, expectedDecisionBy } = receipt;
    showReceipt(item, { reference, receivedAt, expectedDecisionBy, status: 'received' });
  },
});

/** Once the municipality has it, the answers leave the tablet: only the receipt stays. */
function showReceipt(item: OutboxItem, receipt: Receipt): void {
  if (applications.get()[item.permitId]?.draftId !== item.draftId) return;
  updateApplication(item.permitId, (application) => ({ ...application, answers: {}, serverErrors: [], receipt }));
}
