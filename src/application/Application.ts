import type { DeskRecord, DraftChange, DraftHelper } from '../drafts';
import type { Consent, DeskRecord as SentDeskRecord, Receipt, TypedBy } from '../intake';
import type { Answers, FieldError } from '../wizard';
import type { LostFile } from './LostFile';

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
  /**
   * Set once the intake service confirmed receipt; the answers are then done with. With the status
   * code it was sent with (`Application.statusCode` in api/openapi.json), for the receipt to show.
   */
  readonly receipt?: Receipt & { readonly statusCode?: string };
  /**
   * The citizen's yes before the first question (Awb duty of care; the charter's "no surprises").
   * Without it no answer is kept, in memory or on the tablet.
   */
  readonly consent?: Consent;
  /** The employee who helped: the last one signed in while a step was shown. */
  readonly helper?: DraftHelper;
  /** Per step id, who typed its answers, as the employee recorded it in staff mode. */
  readonly typedBy: Readonly<Record<string, TypedBy>>;
  /** Per desk step id (identity check, payment), which employee recorded it and when: set as it is passed. */
  readonly recordedAtDesk?: Readonly<Record<string, DeskRecord>>;
  /** The employee's note for the back office; never shown to the citizen's answers. */
  readonly internalNote?: string;
  /**
   * What was sent, for the summary on the receipt (the Awb asks that the person can see what they
   * sent). Kept in this page's memory only, never on the device's storage: it is gone after a
   * reload, "Stoppen en wissen" or the next application, so the next person cannot read it.
   */
  readonly sentAnswers?: Answers;
  /** How the fees were paid at the desk, as sent, for the receipt; in this page's memory only, like `sentAnswers`. */
  readonly sentPayment?: SentPayment;
  /** Files whose bytes left the tablet unseen (storage evicted); said at their question until a new one is added. */
  readonly lostFiles?: readonly LostFile[];
}

/** What the receipt says of a payment recorded at the desk. */
export type SentPayment = Pick<NonNullable<SentDeskRecord['payment']>, 'paymentMethod' | 'amountCents'>;
