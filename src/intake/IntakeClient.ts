import type { AnswerValue, FieldError } from '../wizard';

/** What the municipality confirms on receipt; shown on the confirmation page and kept as proof. */
export interface Receipt {
  /** Human-friendly, e.g. `HV-2026-000123`. */
  readonly reference: string;
  /** ISO date-time the intake service stored the application. */
  readonly receivedAt: string;
  /** ISO date: the legal decision term counted from receipt. */
  readonly expectedDecisionBy: string;
  readonly status: string;
}

/** Who helped fill in the application (Awb duty of care: the record travels with it). */
export type Assistance =
  | { readonly assisted: false }
  | { readonly assisted: true; readonly staffId: string; readonly staffName: string; readonly location?: string };

/** The `application` part of a submission (see `api/openapi.json`). */
export interface ApplicationSubmission {
  readonly formId: string;
  readonly formVersion: number;
  readonly locale: string;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly assistance: Assistance;
  readonly client: { readonly draftId: string; readonly startedAt: string; readonly submittedAt: string };
}

/**
 * The outcome of a send, as a value: the screens decide what to tell the person, nothing throws
 * through the UI (code.md, convention 9).
 */
export type SendResult =
  | { readonly kind: 'sent'; readonly receipt: Receipt }
  /** 422: the answers fail the form's own rules; show each at its question. */
  | { readonly kind: 'rejected'; readonly errors: readonly FieldError[] }
  /** 401: the tablet is not (or no longer) linked to the intake service. */
  | { readonly kind: 'unauthorised' }
  /** 413 or 415: an attachment is too large or of a type that is not allowed. */
  | { readonly kind: 'fileRefused'; readonly status: 413 | 415 }
  /** 409: this idempotency key was used for other content; send again with a new key. */
  | { readonly kind: 'conflict' }
  /** No answer, a timeout, a 5xx or a 429: nothing was refused, try again later. */
  | { readonly kind: 'unreachable'; readonly retryAfterSeconds?: number };

export interface IntakeClient {
  send(submission: ApplicationSubmission, idempotencyKey: string): Promise<SendResult>;
  /**
   * Parks an encrypted draft at the service so any tablet of the desk can open it with its code.
   * The service gets ciphertext only, under an id derived from the code that reveals nothing.
   * Resolves whether the service took it.
   */
  parkDraft(lookupId: string, sealed: unknown): Promise<boolean>;
  /** The encrypted draft parked under `lookupId`, `undefined` when there is none; rejects when unreachable. */
  fetchParkedDraft(lookupId: string): Promise<unknown>;
}
