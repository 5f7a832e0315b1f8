import { isConditionMet } from './conditions';
import type { AnswerValue, Answers, PermitDefinition, Question, Step } from './definition';
import { judgeOutcome, type OutcomeJudgement } from './judgeOutcome';
import { normalizeAnswer } from './questionTypes';

/** A visible step with the questions it asks for the current answers. */
export interface VisibleStep {
  readonly step: Step;
  readonly questions: readonly Question[];
  /** The step's outcome as judged from the answers up to and including this step. */
  readonly outcome?: OutcomeJudgement;
}

/**
 * Which steps and questions are asked with these answers, and what the outcomes on the way say.
 * Conditions are judged on normalised answers (so "yes" becomes `true`), leaving out invalid and
 * hidden ones. Walks the steps in order, so a question hidden by an earlier answer cannot switch
 * on a later question with an answer the person can no longer see.
 */
export function visiblePlan(permit: PermitDefinition, raw: Answers, today: string): VisibleStep[] {
  const effective: Record<string, AnswerValue> = {};
  const plan: VisibleStep[] = [];
  for (const step of permit.steps) {
    if (step.showIf && !isConditionMet(step.showIf, effective)) continue;
    // One question at a time, so a follow-up on the same step sees the answer just before it.
    const questions: Question[] = [];
    for (const question of step.questions) {
      if (question.showIf && !isConditionMet(question.showIf, effective)) continue;
      questions.push(question);
      const normalized = normalizeAnswer(question, raw[question.id], today);
      if (normalized.status === 'valid') effective[question.id] = normalized.value;
    }
    if (step.outcome) {
      const outcome = judgeOutcome(step.outcome, effective);
      effective[step.outcome.id] = outcome.result.value;
      plan.push({ step, questions, outcome });
    } else if (questions.length > 0) plan.push({ step, questions });
  }
  return plan;
}

/** The questions a step asks with these answers; none when the step itself is hidden. */
export function visibleQuestions(permit: PermitDefinition, step: Step, raw: Answers, today: string): readonly Question[] {
  return visiblePlan(permit, raw, today).find((visible) => visible.step.id === step.id)?.questions ?? [];
}
