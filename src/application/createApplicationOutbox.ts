import type { Receipt } from '../intake';
import { createDeviceOutbox, requestBackgroundSync, type Outbox, type OutboxItem } from '../outbox';
import type { Answers } from '../wizard';
import { applications, updateApplication } from './applications';
import type { Device } from './Device';

/**
 * This tablet's outbox in this page, started by the app shell with the intake client (`App.tsx`).
 * The service worker runs the same outbox for Background Sync (`src/sw/createOutboxDelivery.ts`).
 */
export function createApplicationOutbox({ database, draftStore, autosaver }: Omit<Device, 'outbox'>): Outbox {
  return createDeviceOutbox({
    database,
    draftStore,
    // Any pending write of this draft lands first, so the removal is the last word.
    beforeSent: () => autosaver.flush(),
    afterSent: showReceipt,
    async onSentElsewhere(item) {
      const receipt = (await draftStore.listReceipts()).find((stored) => stored.draftId === item.draftId);
      if (!receipt) return;
      const { reference, receivedAt, expectedDecisionBy } = receipt;
      showReceipt(item, { reference, receivedAt, expectedDecisionBy, status: 'received' });
    },
    // Should every tab be closed before the network returns, the service worker sends it then.
    onUnreachable: () => void requestBackgroundSync(),
  });
}

/**
 * Once the municipality has it, the answers leave the tablet's storage: only the receipt stays.
 * What was sent stays in this page's memory for the receipt's summary (`Application.sentAnswers`).
 */
function showReceipt(item: OutboxItem, receipt: Receipt): void {
  if (applications.get()[item.permitId]?.draftId !== item.draftId) return;
  const sentAnswers: Answers = item.submission.answers;
  const { statusCode } = item.submission;
  const payment = item.submission.desk?.payment;
  const sentPayment = payment && { paymentMethod: payment.paymentMethod, amountCents: payment.amountCents };
  updateApplication(item.permitId, (application) => ({ ...application, answers: {}, sentAnswers, ...(sentPayment ? { sentPayment } : {}), serverErrors: [], receipt: { ...receipt, ...(statusCode ? { statusCode } : {}) } }));
}
