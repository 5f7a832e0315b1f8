import type { components } from '../../src/intake/api-types';
import type { ForwardingAttempt, ForwardingSummary } from '../forwarding/ForwardingStore';

type Schemas = components['schemas'];

/** A worklist line as the contract has it (`ForwardingLine`): dates as ISO strings, absent fields left out. */
export function forwardingLineJson(summary: ForwardingSummary): Schemas['ForwardingLine'] {
  return {
    reference: summary.reference,
    formId: summary.formId,
    receivedAt: summary.receivedAt.toISOString(),
    state: summary.state,
    attempts: summary.attempts,
    ...(summary.nextAttemptAt ? { nextAttemptAt: summary.nextAttemptAt.toISOString() } : {}),
    ...(summary.reason !== undefined ? { reason: summary.reason } : {}),
    ...(summary.zaakIdentificatie !== undefined ? { zaakIdentificatie: summary.zaakIdentificatie } : {}),
    ...(summary.registeredAt ? { registeredAt: summary.registeredAt.toISOString() } : {}),
  };
}

/** One try as the contract has it (`ForwardingAttempt`). */
export function forwardingAttemptJson(attempt: ForwardingAttempt): Schemas['ForwardingAttempt'] {
  return {
    at: attempt.at.toISOString(),
    step: attempt.step,
    outcome: attempt.outcome,
    message: attempt.message,
    ...(attempt.detail !== undefined ? { detail: attempt.detail } : {}),
    ...(attempt.by !== undefined ? { by: attempt.by } : {}),
  };
}
