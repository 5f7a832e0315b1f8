import { randomUUID } from 'node:crypto';
import type {
  ApplicationToForward,
  ClaimedForwarding,
  ForwardingAttempt,
  ForwardingOutcome,
  ForwardingState,
  ForwardingStore,
  ForwardingSummary,
} from '../../../server/forwarding/ForwardingStore';

/** One application's record in {@link TestSupportMemoryForwardingStore}. */
interface MemoryRecord {
  reference: string;
  formId: string;
  receivedAt: Date;
  state: Exclude<ForwardingState, 'registering'>;
  attempts: number;
  nextAttemptAt: Date;
  lease?: { id: string; until: Date };
  checkpoints: Record<string, string>;
  reason?: string;
  zaakIdentificatie?: string;
  registeredAt?: Date;
  history: ForwardingAttempt[];
}

/**
 * TEST SUPPORT ONLY, never product code: the `ForwardingStore` interface kept in memory, so the
 * worklist's routes and page can be tested before the SQLite and PostgreSQL stores are merged.
 * It keeps the interface's guarantees for one process (leases, history, nothing deleted); a
 * record is added by {@link enqueue}, where the real stores add it in the application's own save.
 * The route tests take any `ForwardingStore` and are to run on the SQLite store once it is there.
 */
export class TestSupportMemoryForwardingStore implements ForwardingStore {
  private readonly records = new Map<string, MemoryRecord>();

  /** Records a received application as `waiting` and due at once (what `saveOnce` does in the real stores). */
  enqueue(reference: string, formId: string, receivedAt: Date): void {
    this.records.set(reference, { reference, formId, receivedAt, state: 'waiting', attempts: 0, nextAttemptAt: receivedAt, checkpoints: {}, history: [] });
  }

  async claimDue(now: Date, leaseMs: number, limit: number): Promise<readonly ClaimedForwarding[]> {
    const due = [...this.records.values()]
      .filter((record) => record.state === 'waiting' && (record.lease ? record.lease.until <= now : record.nextAttemptAt <= now))
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime())
      .slice(0, limit);
    return due.map((record) => {
      record.attempts += 1;
      record.lease = { id: randomUUID(), until: new Date(now.getTime() + leaseMs) };
      return { reference: record.reference, attempt: record.attempts, queuedAt: record.receivedAt, leaseUntil: record.lease.until, leaseId: record.lease.id, checkpoints: { ...record.checkpoints } };
    });
  }

  async readApplication(): Promise<ApplicationToForward | undefined> {
    // The worklist never reads applications; the forwarder's tests use the real stores.
    throw new Error('TestSupportMemoryForwardingStore holds no applications');
  }

  async saveCheckpoint(reference: string, leaseId: string, step: string, url: string): Promise<boolean> {
    const record = this.leased(reference, leaseId);
    if (!record) return false;
    record.checkpoints[step] = url;
    return true;
  }

  async finish(reference: string, leaseId: string, outcome: ForwardingOutcome, attempt: ForwardingAttempt): Promise<boolean> {
    const record = this.leased(reference, leaseId);
    if (!record) return false;
    delete record.lease;
    if (outcome.kind === 'registered') {
      record.state = 'registered';
      record.zaakIdentificatie = outcome.zaakIdentificatie;
      record.registeredAt = attempt.at;
      delete record.reason;
    } else if (outcome.kind === 'retry') {
      record.state = 'waiting';
      record.nextAttemptAt = outcome.nextAttemptAt;
    } else {
      record.state = 'needsAction';
      record.reason = outcome.reason;
    }
    record.history.push(attempt);
    return true;
  }

  async retryNow(reference: string, by: string, now: Date): Promise<boolean> {
    const record = this.records.get(reference);
    if (record?.state !== 'needsAction') return false;
    record.state = 'waiting';
    record.nextAttemptAt = now;
    delete record.reason;
    record.history.push({ at: now, step: 'retry', outcome: 'retryRequested', message: 'Opnieuw proberen gevraagd.', by });
    return true;
  }

  async countByState(now: Date): Promise<Readonly<Record<ForwardingState, number>>> {
    const counts: Record<ForwardingState, number> = { waiting: 0, registering: 0, registered: 0, needsAction: 0 };
    for (const record of this.records.values()) counts[stateAt(record, now)] += 1;
    return counts;
  }

  async list(state: ForwardingState, now: Date, { limit, offset }: { limit: number; offset: number }): Promise<readonly ForwardingSummary[]> {
    return [...this.records.values()]
      .filter((record) => stateAt(record, now) === state)
      .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())
      .slice(offset, offset + limit)
      .map((record) => summaryOf(record, now));
  }

  async findForwarding(reference: string, now: Date): Promise<{ summary: ForwardingSummary; attempts: readonly ForwardingAttempt[] } | undefined> {
    const record = this.records.get(reference);
    return record ? { summary: summaryOf(record, now), attempts: [...record.history] } : undefined;
  }

  private leased(reference: string, leaseId: string): MemoryRecord | undefined {
    const record = this.records.get(reference);
    return record?.lease?.id === leaseId ? record : undefined;
  }
}

/** `registering` while a lease runs; a lease that ran out counts as `waiting` (the interface's `countByState`). */
function stateAt(record: MemoryRecord, now: Date): ForwardingState {
  return record.lease && record.lease.until > now ? 'registering' : record.state;
}

function summaryOf(record: MemoryRecord, now: Date): ForwardingSummary {
  const state = stateAt(record, now);
  return {
    reference: record.reference,
    formId: record.formId,
    receivedAt: record.receivedAt,
    state,
    attempts: record.attempts,
    ...(state === 'waiting' ? { nextAttemptAt: record.nextAttemptAt } : {}),
    ...(record.reason !== undefined ? { reason: record.reason } : {}),
    ...(record.zaakIdentificatie !== undefined ? { zaakIdentificatie: record.zaakIdentificatie } : {}),
    ...(record.registeredAt ? { registeredAt: record.registeredAt } : {}),
  };
}
