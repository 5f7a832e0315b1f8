import type { ForwardingAttempt } from '../forwarding/ForwardingStore';

/** One `forwarding_attempts` row as an engine reads it, the time as a Date, absent values as null. */
export interface AttemptRow {
  readonly at: Date;
  readonly step: string;
  readonly outcome: ForwardingAttempt['outcome'];
  readonly message: string;
  readonly detail: string | null;
  readonly requestedBy: string | null;
}

/** A history line; `detail` and `by` only where they were recorded. */
export function toForwardingAttempt(row: AttemptRow): ForwardingAttempt {
  return {
    at: row.at,
    step: row.step,
    outcome: row.outcome,
    message: row.message,
    ...(row.detail === null ? {} : { detail: row.detail }),
    ...(row.requestedBy === null ? {} : { by: row.requestedBy }),
  };
}
