import { isConditionMet } from './conditions';
import type { Answers, Fee, PermitDefinition } from './definition';
import { answersToSend } from './validateApplication';

/** The fees this application will cost, judged on its answers (no surprises on the bill). */
export function feesDue(permit: PermitDefinition, raw: Answers, today: string): Fee[] {
  const answers = answersToSend(permit, raw, today);
  return (permit.fees ?? []).filter((fee) => !fee.showIf || isConditionMet(fee.showIf, answers));
}

/** What the fees due come to, in euro cents: the amount paid at the desk, and checked by the service. */
export function feesTotalCents(fees: readonly Fee[]): number {
  return fees.reduce((total, fee) => total + fee.amountCents, 0);
}
