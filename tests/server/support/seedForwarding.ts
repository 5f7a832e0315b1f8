import type { ApplicationStore } from '../../../server/applications/ApplicationStore';
import type { ForwardingStore } from '../../../server/forwarding/ForwardingStore';
import { exampleApplication } from './submission';
import { newApplication } from './storeInput';

/**
 * Drives every due application through one try as the forwarder would, ending as `outcome` says:
 * how the worklist tests put applications in a state, through the interface only, so they run on
 * any `ForwardingStore`.
 */
export async function finishDueTries(
  forwarding: ForwardingStore,
  now: Date,
  outcome: (reference: string) => { kind: 'needsAction'; reason: string; detail: string } | { kind: 'registered'; zaakIdentificatie: string },
): Promise<void> {
  for (const claimed of await forwarding.claimDue(now, 60_000, 100)) {
    const ending = outcome(claimed.reference);
    if (ending.kind === 'registered') {
      await forwarding.finish(
        claimed.reference,
        claimed.leaseId,
        { kind: 'registered', zaakUrl: `https://zaken.example/api/v1/zaken/${claimed.reference}`, zaakIdentificatie: ending.zaakIdentificatie },
        { at: now, step: 'status', outcome: 'registered', message: 'Geregistreerd als zaak.' },
      );
    } else {
      await forwarding.finish(
        claimed.reference,
        claimed.leaseId,
        { kind: 'needsAction', reason: ending.reason },
        { at: now, step: 'zaak', outcome: 'needsAction', message: ending.reason, detail: ending.detail },
      );
    }
  }
}

/**
 * An application of `formId` received at `receivedAt`, saved as the route saves one (which records
 * it as waiting); its reference. References are counted in 2026 whatever the moment, so tests can
 * name them (HV-2026-000001, …) in any year.
 */
export async function receive(store: ApplicationStore, formId: string, receivedAt: Date): Promise<string> {
  const outcome = await store.saveOnce(newApplication({ application: { ...exampleApplication(), formId }, receivedAt, referenceYear: 2026 }));
  if (outcome.kind !== 'created') throw new Error(`not saved: ${outcome.kind}`);
  return outcome.receipt.reference;
}
