import type { Outcome, PermitDefinition } from './definition';
import { questionTextKeys } from './questionTypes';
import { textKeys } from './textKeys';

/** The keys a definition cannot do without, in every language (used by the definition check). */
export function requiredTextKeys(permit: PermitDefinition): string[] {
  const keys = [textKeys.permitTitle(permit), textKeys.permitDescription(permit), textKeys.permitNextSteps(permit)];
  for (const fee of permit.fees ?? []) keys.push(textKeys.fee(permit, fee.id));
  for (const step of permit.steps) {
    keys.push(textKeys.stepTitle(permit, step));
    if (step.outcome) keys.push(...outcomeTextKeys(permit, step.outcome));
    for (const question of step.questions) {
      // A group's own texts and its items' come with its type's keys.
      keys.push(...questionTextKeys(permit, question));
      if (question.staffNote) keys.push(textKeys.staffNote(permit, question));
    }
  }
  return keys;
}

function outcomeTextKeys(permit: PermitDefinition, outcome: Outcome): string[] {
  return outcome.results.flatMap((result) => [
    textKeys.outcomeTitle(permit, outcome, result.value),
    textKeys.outcomeText(permit, outcome, result.value),
    ...(result.reasons ?? []).map((reason) => textKeys.outcomeReason(permit, outcome, reason.id)),
  ]);
}
