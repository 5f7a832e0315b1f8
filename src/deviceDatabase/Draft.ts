import type { Consent, TypedBy } from '../intake';
import type { Answers } from '../wizard';

/**
 * An application in progress as it is kept on the device (store `drafts`). Holds personal data: only the draft store
 * writes it, only the wizard shows it, and it leaves the device once the intake service has it.
 */
export interface Draft {
  /** The application's `draftId` (a UUID made when it started). */
  readonly id: string;
  readonly permitId: string;
  /** The definition version the answers were given against (see `openDraftWithDefinition`). */
  readonly permitVersion: number;
  /** Raw answers as typed, per question id, including answers to questions now hidden. */
  readonly answers: Answers;
  /** The step the person was on, to resume there. */
  readonly stepId?: string;
  /** ISO date-time. */
  readonly startedAt: string;
  /** The citizen's consent; the wizard keeps no draft without it. Missing on drafts saved before it was asked. */
  readonly consent?: Consent;
  /** The employee who helped (the last one signed in while a step was shown), if any. */
  readonly helper?: DraftHelper;
  /** Per step id, who typed its answers, as recorded in staff mode. */
  readonly typedBy?: Readonly<Record<string, TypedBy>>;
  /** The employee's note for the back office. */
  readonly internalNote?: string;
  /** Per desk step id (identity check, payment), which employee recorded it and when. */
  readonly recordedAtDesk?: Readonly<Record<string, DeskRecord>>;
  /**
   * ISO date-time of the last change, as `Date.prototype.toISOString()` writes it (UTC, `Z`): the
   * expiry compares these strings in an index, which only orders them right in one format.
   */
  readonly updatedAt: string;
}

/** An employee as a draft remembers them: the id and name that go with the application. */
export interface DraftHelper {
  readonly staffId: string;
  readonly staffName: string;
}

/** What stays on the device after a successful send: proof of receipt, no answers. */
export interface StoredReceipt {
  /** The intake service's reference, e.g. `HV-2026-000123`. */
  readonly reference: string;
  readonly permitId: string;
  /** ISO date-time the intake service stored the application. */
  readonly receivedAt: string;
  /** ISO date: the last day of the legal decision term. */
  readonly expectedDecisionBy: string;
  /**
   * The status code sent with the application (`Application.statusCode`), for the receipt: with the
   * reference it lets whoever holds the receipt look up the status. Missing on receipts of
   * applications sent before the tablet made status codes.
   */
  readonly statusCode?: string;
  /**
   * The application's `draftId` (a random UUID, no personal data), so another tab that had the same
   * application queued finds its receipt. Missing on receipts kept before the outbox existed.
   */
  readonly draftId?: string;
  /**
   * Kept until a screen showed the reference: a send that finished with no tab showing it (the
   * service worker, or a tab closed while it was queued) is told at the next start.
   */
  readonly unseen?: true;
}

/** A file attached to a draft, kept as a Blob so typing never rewrites it. */
export interface DraftAttachment {
  /** `${draftId}/${questionId}/${n}`. */
  readonly key: string;
  readonly draftId: string;
  readonly questionId: string;
  /**
   * Tells the question's files apart; never reused for another file of the draft. The answer's
   * `FileAnswer.ref` (this record's key) gives their order.
   */
  readonly n: number;
  /** File name as chosen by the person. */
  readonly name: string;
  /** MIME type as the browser reported it. */
  readonly type: string;
  /** Bytes. */
  readonly size: number;
  /** ISO date-time. */
  readonly storedAt: string;
  readonly blob: Blob;
}

/** Which employee recorded a desk step (the identity check, the payment), and when (ISO date-time). */
export interface DeskRecord extends DraftHelper {
  readonly at: string;
}
