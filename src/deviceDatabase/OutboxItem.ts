import type { ApplicationSubmission } from '../intake';
import type { FieldError } from '../wizard';

/**
 * Why a queued application waits for a person instead of being retried by itself:
 * - `unauthorised`: 401, the tablet must be linked again (staff, `/koppelen`), then "Nu versturen";
 * - `rejected`: 422, answers fail the form's rules; the person fixes them and sends again;
 * - `fileRefused`: 413/415, an attachment is too large or of a kind that is not allowed;
 * - `invalidRequest`: 400, a fault in the app; sending the same again will not help;
 * - `formChanged`: 422 at `formVersion`, the service no longer accepts the version of the form it was
 *   filled in with; the person takes it back as a draft in the current form and sends it again.
 * - `alreadySent`: 409 `draft-already-sent`, the parked draft it was made from already became an
 *   application (sent from another tablet, or this one with other content); it never goes, staff
 *   keep it as a file if they want and delete it.
 */
export type NeedsActionReason = 'unauthorised' | 'rejected' | 'fileRefused' | 'invalidRequest' | 'formChanged' | 'alreadySent';

/**
 * Where a queued application stands. "Sending" is not stored: it lasts one request and only the tab
 * holding the outbox lock does it (see `OutboxStatus.sending`); "sent" is not stored either, the
 * item then leaves the outbox and only the receipt stays.
 *
 * - `queued`: send at the next chance.
 * - `waiting`: not reached (network, timeout, 5xx, 429); next try at `nextAttemptAt` (epoch ms).
 *   With `retryAfter` the service asked for that wait (Retry-After) and no trigger sends earlier.
 *   With `serviceFailed` the service answered with a 5xx or 429: only "Nu versturen" tries sooner.
 *   Otherwise (no answer at all) `online`, a Background Sync, app start and "Nu versturen" may.
 * - `needsAction`: the service answered and said no; see `NeedsActionReason`.
 */
export type OutboxState =
  | { readonly kind: 'queued' }
  | { readonly kind: 'waiting'; readonly nextAttemptAt: number; readonly retryAfter: boolean; readonly serviceFailed?: boolean }
  | { readonly kind: 'needsAction'; readonly reason: Exclude<NeedsActionReason, 'rejected' | 'fileRefused' | 'alreadySent'> }
  | { readonly kind: 'needsAction'; readonly reason: 'rejected' | 'fileRefused'; readonly errors: readonly FieldError[] }
  /** `reference`: the application the parked draft became first. */
  | { readonly kind: 'needsAction'; readonly reason: 'alreadySent'; readonly reference: string };

/** A file that goes with a queued application: its bytes stay in the draft store under `ref`. */
export interface OutboxAttachment {
  readonly questionId: string;
  /** The attachment key in the draft store. */
  readonly ref: string;
  readonly name: string;
}

/**
 * An application the person pressed "Aanvraag versturen" for, kept on the tablet until the intake
 * service acknowledged it (docs/offline.md, guarantees 2–4). Holds personal data (the answers).
 */
export interface OutboxItem {
  /** The application's `draftId`: one outbox item per application. */
  readonly draftId: string;
  readonly permitId: string;
  /**
   * Exactly what is sent, made when "Versturen" was pressed. Its `statusCode` (made once per
   * application by `sendApplication`) is the one kept for the receipt; items queued before the
   * tablet made status codes have none and are sent without.
   */
  readonly submission: ApplicationSubmission;
  /**
   * The files sent with it, in the order its answers list them. Their bytes are not copied: they
   * stay in the draft store, written once, until the service has the application (missing on
   * items queued before attachments existed).
   */
  readonly attachments?: readonly OutboxAttachment[];
  /** Travels as `Idempotency-Key`; the same for every retry of the same content. */
  readonly idempotencyKey: string;
  /** Requests made so far; drives the backoff. */
  readonly attempts: number;
  readonly state: OutboxState;
}
