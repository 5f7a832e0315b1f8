import type { Assistance, Consent } from '../intake';
import { DESK_LOCATION } from '../staff';
import { CONTACT_CHANNELS, visiblePlan, type PermitDefinition } from '../wizard';
import type { Application } from './Application';

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
