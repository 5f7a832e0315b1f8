import type { ForwardingState, ForwardingSummary } from '../forwarding/ForwardingStore';

/** One worklist row as an engine reads it, times as Dates, absent values as null. */
export interface ForwardingRow {
  readonly reference: string;
  readonly formId: string;
  readonly receivedAt: Date;
  /** As the query tells it at `now`: a waiting row under a live lease is `registering`. */
  readonly state: ForwardingState;
  readonly attempts: number;
  readonly nextAttemptAt: Date | null;
  readonly reason: string | null;
  readonly zaakIdentificatie: string | null;
  readonly registeredAt: Date | null;
}

/** A worklist line; `nextAttemptAt` only while waiting (a row being registered is not waiting for a time). */
export function toForwardingSummary(row: ForwardingRow): ForwardingSummary {
  return {
    reference: row.reference,
    formId: row.formId,
    receivedAt: row.receivedAt,
    state: row.state,
    attempts: row.attempts,
    ...(row.state === 'waiting' && row.nextAttemptAt ? { nextAttemptAt: row.nextAttemptAt } : {}),
    ...(row.reason === null ? {} : { reason: row.reason }),
    ...(row.zaakIdentificatie === null ? {} : { zaakIdentificatie: row.zaakIdentificatie }),
    ...(row.registeredAt === null ? {} : { registeredAt: row.registeredAt }),
  };
}
