import type { FieldError } from '../wizard';

import type { components } from './api-types';

/*
 * The contract's shapes, generated from `api/openapi.json` (`npm run generate:api-types`): the
 * wizard and the intake service cannot drift apart without the type-check noticing.
 */

/** What the municipality confirms on receipt; shown on the confirmation page and kept as proof. */
export type Receipt = components['schemas']['Receipt'];

/** Who helped fill in the application (Awb duty of care: the record travels with it). */
export type Assistance = components['schemas']['Assistance'];

/** The citizen's recorded yes before the first question, with how they want to hear from us. */
export type Consent = components['schemas']['Consent'];

/** For whom the application is made, and on what basis (api/openapi.json). */
export type OnBehalf = components['schemas']['OnBehalf'];

/** What the employee recorded at the desk: the identity check and the payment (api/openapi.json). */
export type DeskRecord = components['schemas']['DeskRecord'];

/** How the person wants the municipality to contact them about this application. */
export type ContactChannel = components['schemas']['ContactChannel'];

/** Who typed a step's answers: the citizen, or the employee for the citizen. */
export type TypedBy = components['schemas']['TypedBy'];

/** One address the address service knows at a postcode and house number. */
export type FoundAddress = components['schemas']['FoundAddress'];

/**
 * What an address lookup came to, as a value. `unavailable` covers offline, a tablet that is not
 * linked, a timeout and every refusal: in each case the person types the address.
 */
export type AddressLookupResult =
  | { readonly kind: 'found'; readonly addresses: readonly [FoundAddress, ...FoundAddress[]] }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'unavailable' };

/** Where one application stands, as `POST /status` answers it for the holder of its receipt. */
export type StatusReport = components['schemas']['StatusReport'];

/** One step in a status report's history, oldest first. */
export type StatusHistoryEntry = components['schemas']['StatusHistoryEntry'];

/**
 * What a status lookup came to, as a value. `notFound` is one answer for an unknown reference and
 * a wrong code alike (the service does not say which). `limited`: too many lookups in a minute;
 * `locked`: too many wrong codes for this reference; both say after how many minutes to try again.
 * `unreachable`: offline, a timeout, or the service failing.
 */
export type StatusLookupResult =
  | { readonly kind: 'found'; readonly report: StatusReport }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'limited'; readonly minutes: number }
  | { readonly kind: 'locked'; readonly minutes: number }
  | { readonly kind: 'unreachable' };

/** The `application` part of a submission. */
export type ApplicationSubmission = components['schemas']['Application'];

/**
 * The outcome of a send, as a value: the screens decide what to tell the person, nothing throws
 * through the UI (code.md, convention 9).
 */
export type SendResult =
  | { readonly kind: 'sent'; readonly receipt: Receipt }
  /** 422: the answers fail the form's own rules; show each at its question. */
  | { readonly kind: 'rejected'; readonly errors: readonly FieldError[] }
  /**
   * 422 at `formVersion` (`form.version`): the service no longer accepts the version of the form the
   * answers were given to (the app was updated while the application waited); they must be put in
   * the current form and sent again.
   */
  | { readonly kind: 'formVersionRefused' }
  /** 401: the tablet is not (or no longer) linked to the intake service. */
  | { readonly kind: 'unauthorised' }
  /**
   * 413 or 415: an attachment is too large or, by its content, of a kind its question does not take;
   * `errors` name the question when the service could tell which (it can when it read the part).
   */
  | { readonly kind: 'fileRefused'; readonly status: 413 | 415; readonly errors: readonly FieldError[] }
  /** 409: this idempotency key was used for other content; send again with a new key. */
  | { readonly kind: 'conflict' }
  /**
   * 409 `draft-already-sent`: the parked draft this application was made from already became the
   * application `reference`, sent from this or another tablet. Sending again will not help.
   */
  | { readonly kind: 'alreadySent'; readonly reference: string }
  /** 400: the request itself was malformed (a fault in the app, not in the answers); retrying will not help. */
  | { readonly kind: 'invalidRequest' }
  /**
   * No answer, a timeout, a 5xx or a 429: nothing was refused, try again later. `status` is the
   * HTTP status when the service did answer (it is up but failing, so a returning network is no
   * reason to try sooner).
   */
  | { readonly kind: 'unreachable'; readonly retryAfterSeconds?: number; readonly status?: number };

/** One attached file: sent as a multipart part named after its question, with its name as the file name. */
export interface SubmissionFile {
  readonly questionId: string;
  readonly name: string;
  readonly blob: Blob;
}

export type ParkResult = 'parked' | 'tooLarge' | 'failed';

/** What the intake service has under a lookup id. */
export type ParkedDraftLookup =
  /** The encrypted draft, as it was parked (not yet checked to be a sealed draft). */
  | { readonly kind: 'parked'; readonly sealed: unknown }
  /** None parked (never, removed or expired), as far as the service remembers. */
  | { readonly kind: 'notFound' }
  /** 410: the draft was sent and is gone; `reference` is the application it became. */
  | { readonly kind: 'sent'; readonly reference: string };

export interface IntakeClient {
  /** Sends the application with its files, in the order the answers list them. */
  send(submission: ApplicationSubmission, idempotencyKey: string, files: readonly SubmissionFile[]): Promise<SendResult>;
  /**
   * Parks an encrypted draft at the service so any tablet of the desk can open it with its code.
   * The service gets ciphertext only, under an id derived from the code that reveals nothing.
   * Resolves `parked`, `tooLarge` (413: with its files the draft is over the service's limit) or
   * `failed` (not linked, unreachable, refused).
   */
  parkDraft(lookupId: string, sealed: unknown): Promise<ParkResult>;
  /** What the service has under `lookupId`; rejects when it cannot be reached or asked. */
  fetchParkedDraft(lookupId: string): Promise<ParkedDraftLookup>;
  /**
   * The addresses at a postcode and house number (via the intake service's address lookup).
   * Never rejects; gives up after a few seconds, or at once offline or when `signal` aborts.
   */
  lookUpAddress(postcode: string, houseNumber: string, signal: AbortSignal): Promise<AddressLookupResult>;
  /**
   * Where the application with this reference and status code stands. Public: needs no linked
   * tablet, so it works on any device. Never rejects.
   */
  lookUpStatus(reference: string, statusCode: string): Promise<StatusLookupResult>;
}
