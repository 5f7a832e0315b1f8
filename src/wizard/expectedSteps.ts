import { isAnswered } from './conditions';
import type { Answers, Condition, PermitDefinition, Step } from './definition';
import { normalizeAnswer } from './normalizeAnswer';

/** A condition's outcome while some answers are still to come: `undefined` means "not known yet". */
function outcome(condition: Condition, answers: Answers, pending: ReadonlySet<string>): boolean | undefined {
  if ('all' in condition) {
    const parts = condition.all.map((part) => outcome(part, answers, pending));
    return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => outcome(part, answers, pending));
    return parts.includes(true) ? true : parts.includes(undefined) ? undefined : false;
  }
  if ('not' in condition) {
    const inner = outcome(condition.not, answers, pending);
    return inner === undefined ? undefined : !inner;
  }
  const answer = answers[condition.question];
  if (answer === undefined && pending.has(condition.question)) return undefined;
  if ('answered' in condition) return isAnswered(answer) === condition.answered;
  if ('equals' in condition) return answer === condition.equals;
  if ('oneOf' in condition) return condition.oneOf.some((value) => value === answer);
  return Array.isArray(answer) && answer.includes(condition.includes);
}

/**
 * The steps the person can still expect, seen from step `fromStepId`: the steps shown, plus the
 * steps whose condition depends on a question not answered yet at or after that step. The total
 * in "Stap n van N" then only ever goes down as the person answers, never up: no surprises.
 */
export function expectedSteps(permit: PermitDefinition, fromStepId: string, raw: Answers, today: string): Step[] {
  const from = permit.steps.findIndex((step) => step.id === fromStepId);
  const effective: Record<string, Answers[string]> = {};
  const pending = new Set<string>();
  const expected: Step[] = [];
  permit.steps.forEach((step, index) => {
    const stepShown = step.showIf ? outcome(step.showIf, effective, pending) : true;
    if (stepShown === false) return;
    expected.push(step);
    for (const question of step.questions) {
      const shown = stepShown === true && (question.showIf ? outcome(question.showIf, effective, pending) : true);
      const normalized = shown === true ? normalizeAnswer(question, raw[question.id], today) : undefined;
      if (normalized?.status === 'valid') effective[question.id] = normalized.value;
      // Questions before this step were passed already; later or undecided ones may still be answered.
      else if (shown !== false && (index >= from || shown === undefined)) pending.add(question.id);
    }
  });
  return expected;
}
