import type { CaseStatusSnapshot, CaseStatusStore } from '../status/CaseStatus';

/** One registered application whose zaak is due to be read, held by one poller until `leaseUntil`. */
export interface ClaimedCaseStatusPoll {
  readonly reference: string;
  /** The zaak in the case system (`ForwardingStore`'s `zaakUrl` of a registered application). */
  readonly zaakUrl: string;
  /** Proves the lease: a write naming a lease that is no longer the row's changes nothing. */
  readonly leaseId: string;
  readonly leaseUntil: Date;
  /** The snapshot read last, if any: the poller sees whether the zaak was already closed then. */
  readonly previous?: CaseStatusSnapshot;
}

/**
 * The snapshots of the zaken of registered applications, and the polling of them
 * (docs/forwarding.md, "Keeping the status of a zaak"). Guarantees an implementation must give:
 * 1. Every registered application is due for its first read from its registration on.
 * 2. `claimDue` hands an application to at most one caller at a time, also under concurrent calls
 *    from several instances: only a row that is due, and not leased or whose lease ran out.
 * 3. A write naming a lease that is no longer the row's changes nothing and returns false.
 * 4. A failure keeps the last snapshot and its `checkedAt`; it sets `lastFailedAt`. A success
 *    replaces the snapshot, sets `checkedAt` and clears `lastFailedAt`.
 * 5. A row whose next poll is `null` is not polled again.
 */
export interface CaseStatusPollStore extends CaseStatusStore {
  /** Claims up to `limit` due zaken, longest due first, each leased for `leaseMs`. */
  claimDue(now: Date, leaseMs: number, limit: number): Promise<readonly ClaimedCaseStatusPoll[]>;
  /** A successful read: the new snapshot, read at `checkedAt`; polled again from `nextPollAt`, or never (`null`). */
  recordRead(reference: string, leaseId: string, snapshot: CaseStatusSnapshot, checkedAt: Date, nextPollAt: Date | null): Promise<boolean>;
  /** A failed read at `failedAt`: the last snapshot stays; polled again from `nextPollAt`. */
  recordFailure(reference: string, leaseId: string, failedAt: Date, nextPollAt: Date): Promise<boolean>;
}
