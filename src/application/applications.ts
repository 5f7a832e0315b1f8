import type { DraftChange } from '../drafts';
import type { Receipt } from '../intake';
import type { Answers, FieldError } from '../wizard';
import { createStore } from '../observable';

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
  /** What changed because the permit's form was updated since this draft was saved. */
  readonly formChanges?: readonly DraftChange[];
  /** Problems the intake service found, shown at their questions until the answer changes. */
  readonly serverErrors: readonly FieldError[];
  /** Set once the intake service confirmed receipt; the answers are then done with. */
  readonly receipt?: Receipt;
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
    if (differs.length === 0 || application.receipt) return application;
    return {
      ...application,
      answers: { ...application.answers, ...changed },
      serverErrors: application.serverErrors.filter((error) => !differs.includes(error.field.split('.')[0] ?? '')),
    };
  });
}

/** Notes the step the person is on, so a reload or a resumed draft opens there. */
export function enterStep(permitId: string, stepId: string): void {
  updateApplication(permitId, (application) => (application.stepId === stepId || application.receipt ? application : { ...application, stepId }));
}
