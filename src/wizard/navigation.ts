import type { Answers, PermitDefinition } from './definition';
import { expectedSteps } from './expectedSteps';
import { validateStep } from './validateStep';
import { visiblePlan } from './visibility';

/** Where a step sits among the steps the person can expect ("Stap n van N"). */
export interface StepPosition {
  /** 1-based. */
  readonly number: number;
  readonly total: number;
}

export function stepPosition(permit: PermitDefinition, stepId: string, raw: Answers, today: string): StepPosition | undefined {
  const steps = expectedSteps(permit, stepId, raw, today);
  const index = steps.findIndex((step) => step.id === stepId);
  return index === -1 ? undefined : { number: index + 1, total: steps.length };
}

/**
 * The step after `stepId` for these answers, or `undefined` when the check-answers page comes
 * next. Conditions are re-judged with the new answers, so a step that the last answer switched
 * on or off is included or skipped.
 */
export function nextStepId(permit: PermitDefinition, stepId: string, raw: Answers, today: string): string | undefined {
  const order = permit.steps.map((step) => step.id);
  const from = order.indexOf(stepId);
  return visiblePlan(permit, raw, today).find((visible) => order.indexOf(visible.step.id) > from)?.step.id;
}

/** The step before `stepId` for these answers, or `undefined` on the first step. */
export function previousStepId(permit: PermitDefinition, stepId: string, raw: Answers, today: string): string | undefined {
  const order = permit.steps.map((step) => step.id);
  const from = order.indexOf(stepId);
  return visiblePlan(permit, raw, today)
    .filter((visible) => order.indexOf(visible.step.id) < from)
    .at(-1)?.step.id;
}

/**
 * The first visible step that is not complete and valid, or `undefined` when everything is ready
 * to send. Used to resume a draft where the person stopped and to guard the check-answers page.
 */
export function firstUnfinishedStepId(permit: PermitDefinition, raw: Answers, today: string): string | undefined {
  return visiblePlan(permit, raw, today).find(({ step }) => validateStep(permit, step, raw, today).length > 0)?.step.id;
}
