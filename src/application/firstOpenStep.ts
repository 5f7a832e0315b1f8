import { deskForm, deskSteps, onBehalfForm, onBehalfStep } from '../definitions';
import { feesDue, firstUnfinishedStepId, validateStep, type PermitDefinition, type Step } from '../wizard';
import type { Application } from './Application';

/**
 * The desk steps an employee goes through for this application: the identity check always, the
 * payment only when the answers bring a fee (a free notification has nothing to pay).
 */
export function deskStepsDue(permit: PermitDefinition, application: Pick<Application, 'answers'>, today: string): readonly Step[] {
  const paying = feesDue(permit, application.answers, today).length > 0;
  return deskSteps.filter((step) => step.id !== 'payment' || paying);
}

/**
 * The first page of the application still to answer: "on whose behalf" before the permit's own
 * steps, then the first step with a missing or wrong answer, then, at the desk (`atDesk`: staff
 * mode), the first desk step not yet recorded; none when all is done.
 */
export function firstOpenStep(permit: PermitDefinition, application: Pick<Application, 'answers' | 'recordedAtDesk'>, today: string, atDesk: boolean): string | undefined {
  const { answers } = application;
  if (validateStep(onBehalfForm, onBehalfStep, answers, today).length > 0) return onBehalfStep.id;
  const unfinished = firstUnfinishedStepId(permit, answers, today);
  if (unfinished || !atDesk) return unfinished;
  return deskStepsDue(permit, application, today).find((step) => !application.recordedAtDesk?.[step.id] || validateStep(deskForm, step, answers, today).length > 0)?.id;
}
