import type { Application } from '../contract/apiTypes';
import { deskForm, onBehalfForm } from '../../src/definitions';
import { feesDue, feesTotalCents, validateApplication, type AnswerValue, type Answers, type PermitDefinition } from '../../src/wizard';
import { ProblemError } from '../problems/ProblemError';

/**
 * "Voor wie is deze aanvraag?" as sent, checked by the wizard's own engine on its form
 * (`onBehalfForm`), so a hidden question's answer, a missing name or a basis that is not one is
 * refused here as on the tablet. Absent on applications queued before the question existed.
 *
 * @returns the normalised answers (none when absent), for the written authorisation's file parts.
 * @throws ProblemError 422 at the question.
 */
export function checkOnBehalf(application: Application, today: string): Readonly<Record<string, AnswerValue>> {
  if (!application.onBehalf) return {};
  const check = validateApplication(onBehalfForm, application.onBehalf as unknown as Answers, today);
  if (!check.ok) throw new ProblemError('validation', { fieldErrors: check.errors, permit: onBehalfForm });
  return check.answers;
}

/**
 * What the employee recorded at the desk (api/openapi.json, `DeskRecord`), checked as the tablet
 * checks its desk steps: only at the desk (an application without an employee cannot claim an
 * identity check or a payment), each step's answers by the engine on `deskForm` with the on-behalf
 * answers they depend on, the identity check always, and the payment exactly when the permit's
 * fees for these answers are due, for their total: the amount the person was shown.
 *
 * @throws ProblemError 422 at the desk record's part or question.
 */
export function checkDeskRecord(application: Application, permit: PermitDefinition, answers: Readonly<Record<string, AnswerValue>>, onBehalf: Readonly<Record<string, AnswerValue>>, today: string): void {
  const { desk } = application;
  if (!desk) return;
  if (!application.assistance.assisted) throw new ProblemError('validation', { fieldErrors: [{ field: 'desk', code: 'desk.notAssisted' }] });
  const fees = feesDue(permit, answers as Answers, today);
  if (!desk.identityCheck) throw new ProblemError('validation', { fieldErrors: [{ field: 'desk.identityCheck', code: 'desk.identityCheck.missing' }] });
  if (fees.length === 0 && desk.payment) throw new ProblemError('validation', { fieldErrors: [{ field: 'desk.payment', code: 'desk.payment.unexpected' }] });
  if (fees.length > 0 && !desk.payment) throw new ProblemError('validation', { fieldErrors: [{ field: 'desk.payment', code: 'desk.payment.missing' }] });
  if (desk.payment && desk.payment.amountCents !== feesTotalCents(fees)) {
    throw new ProblemError('validation', { fieldErrors: [{ field: 'desk.payment.amountCents', code: 'desk.payment.amount' }] });
  }
  // The engine judges the recorded answers on the desk's form as due for this application, so a
  // missing choice, an answer to a question hidden by another and an unknown one are refused.
  const due: PermitDefinition = { ...deskForm, steps: deskForm.steps.filter((step) => step.id !== 'payment' || fees.length > 0) };
  const { identityCheck, payment } = desk;
  const recorded = { ...onBehalf, ...answersOf(identityCheck), ...(payment ? answersOf(payment) : {}) } as Answers;
  const check = validateApplication(due, recorded, today);
  if (!check.ok) throw new ProblemError('validation', { fieldErrors: check.errors, permit: deskForm });
}

/** A recorded step's answers, without who recorded it, when, and the amount (checked above). */
function answersOf(step: { readonly recordedBy: unknown; readonly recordedAt: string; readonly amountCents?: number }): Record<string, unknown> {
  return Object.fromEntries(Object.entries(step).filter(([key]) => key !== 'recordedBy' && key !== 'recordedAt' && key !== 'amountCents'));
}
