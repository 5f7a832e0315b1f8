import { isConditionMet } from './conditions';
import type { Answers, Condition, PermitDefinition, Step } from './definition';
import { judgeOutcome, outcomeQuestions } from './judgeOutcome';
import { normalizeAnswer } from './questionTypes';

/** A condition's outcome while some answers are still to come: `undefined` means "not known yet". */
function verdict(condition: Condition, answers: Answers, pending: ReadonlySet<string>): boolean | undefined {
  if ('all' in condition) {
    const parts = condition.all.map((part) => verdict(part, answers, pending));
    return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => verdict(part, answers, pending));
    return parts.includes(true) ? true : parts.includes(undefined) ? undefined : false;
  }
  if ('not' in condition) {
    const inner = verdict(condition.not, answers, pending);
    return inner === undefined ? undefined : !inner;
  }
  if (answers[condition.question] === undefined && pending.has(condition.question)) return undefined;
  return isConditionMet(condition, answers);
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
    const stepShown = step.showIf ? verdict(step.showIf, effective, pending) : true;
    if (stepShown === false) return;
    expected.push(step);
    for (const question of step.questions) {
      const shown = stepShown === true && (question.showIf ? verdict(question.showIf, effective, pending) : true);
      const normalized = shown === true ? normalizeAnswer(question, raw[question.id], today) : undefined;
      if (normalized?.status === 'valid') effective[question.id] = normalized.value;
      // Questions before this step were passed already; later or undecided ones may still be answered.
      else if (shown !== false && (index >= from || shown === undefined)) pending.add(question.id);
    }
    if (step.outcome) {
      const undecided = stepShown !== true || outcomeQuestions(step.outcome).some((id) => pending.has(id));
      if (undecided) pending.add(step.outcome.id);
      else effective[step.outcome.id] = judgeOutcome(step.outcome, effective).result.value;
    }
  });
  return expected;
}
