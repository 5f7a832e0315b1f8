import type { ContactChannel, TypedBy } from '../intake';
import type { Answers } from '../wizard';
import type { DraftHelper } from '../drafts';
import { createStore } from '../observable';
import type { Application } from './Application';
import { lostFilesAfterChange } from './lostFiles';

/** The applications in progress, per permit id: starting a second permit does not lose the first. */
export const applications = createStore<Readonly<Record<string, Application>>>({});

export function getApplication(permitId: string): Application {
  return applications.get()[permitId] ?? startApplication(permitId);
}

/** Begins a fresh application for a permit, replacing one that was already sent. */
export function startApplication(permitId: string): Application {
  const application: Application = {
    permitId,
    draftId: crypto.randomUUID(),
    startedAt: new Date().toISOString(),
    answers: {},
    serverErrors: [],
    typedBy: {},
  };
  applications.set({ ...applications.get(), [permitId]: application });
  return application;
}

/**
 * Replaces the permit's application with `change`'s result. A change that returns the application
 * as it was (a keystroke that changed nothing, a step entered again) tells no subscriber: each one
 * re-renders the open screen or writes the device's copy.
 */
export function updateApplication(permitId: string, change: (application: Application) => Application): void {
  const current = getApplication(permitId);
  const next = change(current);
  if (next !== current) applications.set({ ...applications.get(), [permitId]: next });
}

/**
 * Merges new answers in. A changed answer clears the intake service's complaint about it (the
 * outbox gives changed content a new idempotency key when it is sent: `sendApplication`).
 * Nothing is saved after receipt: the application is done.
 */
export function saveAnswers(permitId: string, changed: Answers): void {
  updateApplication(permitId, (application) => withAnswers(application, changed));
}

/** The application with `changed` merged in as `saveAnswers` does; as it was when nothing differs. */
function withAnswers(application: Application, changed: Answers): Application {
  const differs = Object.keys(changed).filter((id) => JSON.stringify(changed[id]) !== JSON.stringify(application.answers[id]));
  // No consent, no answers: the tablet keeps nothing of a person who said no (or was not asked).
  if (differs.length === 0 || application.receipt || !application.consent) return application;
  const lostFiles = lostFilesAfterChange(application, changed);
  const { lostFiles: _before, ...rest } = application;
  return {
    ...rest,
    ...(lostFiles ? { lostFiles } : {}),
    answers: { ...application.answers, ...changed },
    serverErrors: application.serverErrors.filter((error) => !differs.includes(error.field.split('.')[0] ?? '')),
  };
}

/**
 * Records the citizen's yes, with the time and the contact channel they chose. When the permit asks
 * the channel as a question too, the choice fills it in (never asked twice, WCAG 3.3.7); the person
 * can still change it there, and the answer then counts (see `consentToSend`).
 */
export function giveConsent(permitId: string, contactChannel: ContactChannel, channelQuestion: string | undefined, at = new Date()): void {
  updateApplication(permitId, (application) => ({
    ...application,
    consent: { given: true, at: at.toISOString(), contactChannel },
    answers: channelQuestion && application.answers[channelQuestion] === undefined ? { ...application.answers, [channelQuestion]: contactChannel } : application.answers,
  }));
}

/**
 * Notes the step the person is on, so a reload or a resumed draft opens there, and saves what its
 * form starts with (`saveAnswers`) in the same change: one render and one write, not two.
 */
export function enterStep(permitId: string, stepId: string, startingAnswers: Answers = {}): void {
  updateApplication(permitId, (application) => {
    if (application.receipt) return application;
    const answered = withAnswers(application, startingAnswers);
    return answered.stepId === stepId ? answered : { ...answered, stepId };
  });
}

/**
 * Staff mode on a step: the signed-in employee becomes the application's helper, and the step gets
 * a "who typed" record if it has none yet: `fallback`, what the employee chose on the step before
 * (whoever typed there most likely types here too).
 */
export function noteHelpOnStep(permitId: string, stepId: string, helper: DraftHelper, fallback: TypedBy): void {
  updateApplication(permitId, (application) => {
    if (application.receipt || !application.consent) return application;
    const sameHelper = application.helper?.staffId === helper.staffId && application.helper.staffName === helper.staffName;
    if (sameHelper && application.typedBy[stepId]) return application;
    return { ...application, helper, typedBy: { ...application.typedBy, [stepId]: application.typedBy[stepId] ?? fallback } };
  });
}

/** The employee's "who typed this step" toggle. */
export function setTypedBy(permitId: string, stepId: string, who: TypedBy): void {
  updateApplication(permitId, (application) =>
    application.receipt || !application.consent || application.typedBy[stepId] === who ? application : { ...application, typedBy: { ...application.typedBy, [stepId]: who } },
  );
}

/** A desk step passed in staff mode: the employee who recorded it, and when (a later pass records anew). */
export function recordAtDesk(permitId: string, stepId: string, helper: DraftHelper, at = new Date()): void {
  updateApplication(permitId, (application) =>
    application.receipt || !application.consent ? application : { ...application, recordedAtDesk: { ...application.recordedAtDesk, [stepId]: { ...helper, at: at.toISOString() } } },
  );
}

/** The employee's internal note, saved as it is typed like every answer. */
export function setInternalNote(permitId: string, note: string): void {
  updateApplication(permitId, (application) =>
    application.receipt || !application.consent || application.internalNote === note ? application : { ...application, internalNote: note },
  );
}
