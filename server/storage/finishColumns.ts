import type { ForwardingOutcome } from '../forwarding/ForwardingStore';

/** What a finished try leaves in its `forwarding` row, the same on every engine. */
export interface FinishColumns {
  readonly state: 'waiting' | 'registered' | 'needsAction';
  /** Only while waiting: when the next try is due. */
  readonly nextAttemptAt: Date | null;
  /** Only for needsAction: why staff must act. */
  readonly reason: string | null;
  readonly zaakUrl: string | null;
  readonly zaakIdentificatie: string | null;
  readonly registeredAt: Date | null;
}

/**
 * The columns of a try that ended with `outcome` at `at` (the moment of its history line, which is
 * also when a registration is recorded as done). The lease is cleared beside these, and the
 * checkpoints are left as they are (server/forwarding/ForwardingStore.ts, guarantee 4).
 */
export function finishColumns(outcome: ForwardingOutcome, at: Date): FinishColumns {
  const none = { nextAttemptAt: null, reason: null, zaakUrl: null, zaakIdentificatie: null, registeredAt: null };
  switch (outcome.kind) {
    case 'registered':
      return { ...none, state: 'registered', zaakUrl: outcome.zaakUrl, zaakIdentificatie: outcome.zaakIdentificatie, registeredAt: at };
    case 'retry':
      return { ...none, state: 'waiting', nextAttemptAt: outcome.nextAttemptAt };
    case 'needsAction':
      return { ...none, state: 'needsAction', reason: outcome.reason };
  }
}
