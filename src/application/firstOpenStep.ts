import { onBehalfForm, onBehalfStep } from '../definitions';
import { firstUnfinishedStepId, validateStep, type Answers, type PermitDefinition } from '../wizard';

/**
 * The first page of the application still to answer: "on whose behalf" before the permit's own
 * steps, then the first step with a missing or wrong answer; none when all is answered.
 */
export function firstOpenStep(permit: PermitDefinition, answers: Answers, today: string): string | undefined {
  if (validateStep(onBehalfForm, onBehalfStep, answers, today).length > 0) return onBehalfStep.id;
  return firstUnfinishedStepId(permit, answers, today);
}
