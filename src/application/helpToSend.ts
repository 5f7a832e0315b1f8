import { deskForm, onBehalfForm } from '../definitions';
import type { Assistance, Consent, DeskRecord, OnBehalf } from '../intake';
import { DESK_LOCATION } from '../staff';
import { answersToSend, CONTACT_CHANNELS, feesDue, feesTotalCents, visiblePlan, type PermitDefinition } from '../wizard';
import type { Application } from './Application';
import { deskStepsDue } from './firstOpenStep';

/**
 * How help was given, as the application sends it (Awb art. 2:1, duty of care): nobody, or the
 * employee with the desk and, for every step the person went through, who typed it. A step shown
 * while nobody was signed in was typed by the citizen.
 */
export function assistanceToSend(permit: PermitDefinition, application: Application, today: string, location = DESK_LOCATION): Assistance {
  const { helper } = application;
  if (!helper) return { assisted: false };
  const typedBy = Object.fromEntries(visiblePlan(permit, application.answers, today).map(({ step }) => [step.id, application.typedBy[step.id] ?? 'citizen']));
  const note = application.internalNote?.trim();
  return {
    assisted: true,
    staffId: helper.staffId,
    staffName: helper.staffName,
    ...(location ? { location } : {}),
    typedBy,
    ...(note ? { internalNote: note } : {}),
  };
}

/**
 * The consent as sent: when the permit asks the contact channel as a question too, the answer
 * there is the person's last word on it.
 */
export function consentToSend(permit: PermitDefinition, application: Application): Consent | undefined {
  const { consent } = application;
  if (!consent) return undefined;
  const answer = permit.contactChannelQuestion === undefined ? undefined : application.answers[permit.contactChannelQuestion];
  const channel = CONTACT_CHANNELS.find((value) => value === answer);
  return channel ? { ...consent, contactChannel: channel } : consent;
}

/**
 * For whom the application is made, as "Voor wie is deze aanvraag?" was answered: its visible
 * answers, the written authorisation's file described like a file answer (api/openapi.json, `OnBehalf`).
 */
export function onBehalfToSend(application: Pick<Application, 'answers'>, today: string): OnBehalf | undefined {
  const answers = answersToSend(onBehalfForm, application.answers, today);
  return answers.onBehalfOf === undefined ? undefined : (answers as unknown as OnBehalf);
}

/**
 * What the employee recorded at the desk (api/openapi.json, `DeskRecord`): each desk step that is
 * due and was passed, with its visible answers, who recorded it and when; the payment with the
 * total of the fees shown to the person. Nothing without an employee: a citizen alone never has it.
 */
export function deskToSend(permit: PermitDefinition, application: Pick<Application, 'answers' | 'helper' | 'recordedAtDesk'>, today: string): DeskRecord | undefined {
  if (!application.helper) return undefined;
  const answers = answersToSend(deskForm, application.answers, today);
  const record: Record<string, unknown> = {};
  for (const step of deskStepsDue(permit, application, today)) {
    const recorded = application.recordedAtDesk?.[step.id];
    if (!recorded) continue;
    const stepAnswers = Object.fromEntries(step.questions.flatMap((question) => (answers[question.id] === undefined ? [] : [[question.id, answers[question.id]]])));
    record[step.id] = {
      ...stepAnswers,
      ...(step.id === 'payment' ? { amountCents: feesTotalCents(feesDue(permit, application.answers, today)) } : {}),
      recordedBy: { staffId: recorded.staffId, staffName: recorded.staffName },
      recordedAt: recorded.at,
    };
  }
  return Object.keys(record).length > 0 ? (record as DeskRecord) : undefined;
}
