import type { FieldError } from './FieldError';
import type { VisibleStep } from './visibility';

/**
 * The problem with a visible step whose outcome hands the person over to another permit: with
 * these answers the application belongs to that permit, so it cannot be sent as this one (the
 * wizard then keeps the person on that step; the intake service refuses it).
 */
export function handoverError({ step, outcome }: VisibleStep): FieldError[] {
  return step.outcome && outcome?.result.handover ? [{ field: step.outcome.id, code: 'outcome.handover' }] : [];
}
