import type { DraftChange, DraftHelper } from '../drafts';
import type { Consent, ContactChannel, Receipt, TypedBy } from '../intake';
import type { Answers, FieldError } from '../wizard';
import { createStore } from '../observable';
import { lostFilesAfterChange, type LostFile } from './lostFiles';

/** One application being filled in on this tablet. */
export interface Application {
  readonly permitId: string;
  /** Made when the application starts; travels with it to tell drafts apart. */
  readonly draftId: string;
  /** ISO date-time. */
  readonly startedAt: string;
  /** What the person typed, per question id, including answers to questions now hidden. */
  readonly answers: Answers;
  /** The step the person is on, to resume there after a reload. */
  readonly stepId?: string;
  /**
   * What changed because the permit's form was updated since this draft was saved or this
   * application was queued; present (even empty: only new questions) when the wizard should say so.
   */
  readonly formChanges?: readonly DraftChange[];
  /** Problems the intake service found, shown at their questions until the answer changes. */
  readonly serverErrors: readonly FieldError[];
  /** Set once the intake service confirmed receipt; the answers are then done with. */
  readonly receipt?: Receipt;
  /**
   * The citizen's yes before the first question (Awb duty of care; the charter's "no surprises").
   * Without it no answer is kept, in memory or on the tablet.
   */
  readonly consent?: Consent;
  /** The employee who helped: the last one signed in while a step was shown. */
  readonly helper?: DraftHelper;
  /** Per step id, who typed its answers, as the employee recorded it in staff mode. */
  readonly typedBy: Readonly<Record<string, TypedBy>>;
  /** The employee's note for the back office; never shown to the citizen's answers. */
  readonly internalNote?: string;
  /**
   * What was sent, for the summary on the receipt (the Awb asks that the person can see what they
   * sent). Kept in this page's memory only, never on the device's storage: it is gone after a
   * reload, "Stoppen en wissen" or the next application, so the next person cannot read it.
   */
  readonly sentAnswers?: Answers;
  /** Files whose bytes left the tablet unseen (storage evicted); said at their question until a new one is added. */
  readonly lostFiles?: readonly LostFile[];
}

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

export function updateApplication(permitId: string, change: (application: Application) => Application): void {
  applications.set({ ...applications.get(), [permitId]: change(getApplication(permitId)) });
}

/**
 * Merges new answers in. A changed answer clears the intake service's complaint about it (the
 * outbox gives changed content a new idempotency key when it is sent: `sendApplication`).
 * Nothing is saved after receipt: the application is done.
 */
export function saveAnswers(permitId: string, changed: Answers): void {
  updateApplication(permitId, (application) => {
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
  });
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

/** Notes the step the person is on, so a reload or a resumed draft opens there. */
export function enterStep(permitId: string, stepId: string): void {
  updateApplication(permitId, (application) => (application.stepId === stepId || application.receipt ? application : { ...application, stepId }));
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

/** The employee's internal note, saved as it is typed like every answer. */
export function setInternalNote(permitId: string, note: string): void {
  updateApplication(permitId, (application) =>
    application.receipt || !application.consent || application.internalNote === note ? application : { ...application, internalNote: note },
  );
}
