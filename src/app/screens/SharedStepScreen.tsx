import { memo } from 'preact/compat';
import { useEffect } from 'preact/hooks';
import { firstOpenStep, getApplication, recordAtDesk, type Application } from '../../application';
import { deskForm, deskSteps, onBehalfForm, onBehalfStep } from '../../definitions';
import { signedInStaff } from '../../staff';
import { todayIso, visiblePlan, type PermitDefinition, type Question } from '../../wizard';
import { useBackLink } from '../Layout';
import { navigate } from '../router';
import type { Route } from '../routes';
import { useStore } from '../useStore';
import { FormStepScreen } from './FormStepScreen';
import { sameExceptFormAnswers } from './sameExceptFormAnswers';

interface SharedStepScreenProps {
  readonly permit: PermitDefinition;
  readonly stepId: string;
  readonly application: Application;
  readonly fromCheck: boolean;
}

/**
 * The steps every permit shares, at step addresses of their own: "Voor wie is deze aanvraag?"
 * before the permit's first step, and, in staff mode only, the desk steps (identity check,
 * payment) after its last. A citizen alone who reaches a desk step's address goes to the check
 * page: those pages are the employee's. Like `StepScreen`, it is shown in the frame that stays
 * from page to page (`StayingFrame`, whose back link it sets), only the page's form is keyed, and
 * a save of what the form already shows renders nothing again.
 */
export const SharedStepScreen = memo(
  function SharedStepScreen({ permit, stepId, application, fromCheck }: SharedStepScreenProps) {
    const staff = useStore(signedInStaff);
    const today = todayIso();
    const deskStep = deskSteps.find((step) => step.id === stepId);
    const toCheck: Route = { name: 'check', permitId: permit.id };
    const stepOrCheck = (id: string | undefined): Route => (id ? { name: 'step', permitId: permit.id, stepId: id, fromCheck } : toCheck);
    const notForCitizen = deskStep !== undefined && !staff;
    useEffect(() => {
      if (notForCitizen) navigate(toCheck, { replace: true });
    }, [notForCitizen]);
    // Back from "on whose behalf" to the start, from a desk step to the permit's last step.
    const lastPermitStep = deskStep && visiblePlan(permit, application.answers, today).at(-1)?.step.id;
    const stepBefore: Route = deskStep ? stepOrCheck(lastPermitStep) : { name: 'start' };
    useBackLink(fromCheck ? toCheck : stepBefore);
    if (notForCitizen) return null;

    if (!deskStep) {
      return (
        <FormStepScreen
          key={`${permit.id}/${onBehalfStep.id}`}
          permit={permit}
          application={application}
          form={onBehalfForm}
          step={onBehalfStep}
          fromCheck={fromCheck}
          next={() => stepOrCheck(fromCheck ? firstOpenStep(permit, getApplication(permit.id), today, Boolean(staff)) : permit.steps[0]?.id)}
        />
      );
    }
    return (
      <FormStepScreen
        key={`${permit.id}/${deskStep.id}`}
        permit={permit}
        application={application}
        form={deskForm}
        step={deskStep}
        fromCheck={fromCheck}
        // The next desk step not yet recorded (this one is, by now), or the check page.
        next={() => stepOrCheck(firstOpenStep(permit, getApplication(permit.id), today, true))}
        onPassed={() => staff && recordAtDesk(permit.id, deskStep.id, { staffId: staff.staffId, staffName: staff.name })}
      />
    );
  },
  (before, after) =>
    before.permit === after.permit &&
    before.stepId === after.stepId &&
    before.fromCheck === after.fromCheck &&
    sameExceptFormAnswers(before.application, after.application, questionsOf(after.stepId)),
);

/** The questions of the shared step at `stepId` (none for an address that is not one). */
function questionsOf(stepId: string): readonly Question[] {
  return [onBehalfStep, ...deskSteps].find((step) => step.id === stepId)?.questions ?? [];
}
