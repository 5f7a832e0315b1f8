import type { Readable } from 'node:stream';
import type { Application, ApplicationStatus, Receipt } from '../contract/apiTypes';
import type { AnswerValue } from '../../src/wizard';

/**
 * One attached file on its way into the store: its bytes are in a temporary file (`path`), or,
 * for the small files most applications have, in memory (`bytes`; `receiveMultipart` decides).
 */
export type NewFile = NewFileFacts & FileBytes;

/** Where the bytes of a file that was received but not yet stored are. */
export type FileBytes =
  /** The temporary file to copy the bytes from. */
  | { readonly path: string; readonly bytes?: never }
  /** The bytes themselves, exactly `size` of them. */
  | { readonly bytes: Buffer; readonly path?: never };

/** What is stored about an attached file besides its bytes. */
export interface NewFileFacts {
  readonly questionId: string;
  /** Position within the question's answer (0-based). */
  readonly position: number;
  readonly name: string;
  /** MIME type of the kind the content was recognised as (not the declared one). */
  readonly mediaType: string;
  /** Bytes. */
  readonly size: number;
  /** SHA-256 of the content, hex. */
  readonly sha256: string;
}

/** Everything stored about a new application, in one commit. */
export interface NewApplication {
  readonly idempotencyKey: string;
  /** Digest of the whole submission (see `contentDigest`), to tell a repeat from a conflict. */
  readonly contentDigest: string;
  /** The application as sent, with assistance, consent and client parts. */
  readonly application: Application;
  /** The engine's normalised answers. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly receivedAt: Date;
  /** ISO date: end of the decision term counted from `receivedAt`. */
  readonly expectedDecisionBy: string;
  /** Year the reference number is counted in (the year of receipt in the Netherlands). */
  readonly referenceYear: number;
  /** Short id of the device that sent it (never the token). */
  readonly deviceId: string;
  readonly files: readonly NewFile[];
  /**
   * The slow hash (`hashStatusCode`) of the status code the tablet made for the receipt; never the
   * code. Absent for applications from tablets that make none: their status cannot be looked up.
   */
  readonly statusCodeHash?: string;
  /**
   * Set when the application was made from a parked draft (`client.parkedDraftLookupId`): the
   * parked draft goes in the same transaction, and the store remembers which reference it became.
   */
  readonly fromParkedDraft?: FromParkedDraft;
}

/** The parked draft an application was made from. */
export interface FromParkedDraft {
  /** As the tablet sent it (64 hex digits); like every lookup id never written to logs. */
  readonly lookupId: string;
  /** Until when the store must at least remember that it became an application (then it may forget). */
  readonly rememberUntil: Date;
}

/** One file stored with an application, as the back office reads it back. */
export interface StoredFile {
  readonly questionId: string;
  /** Position within the question's answer (0-based). */
  readonly position: number;
  readonly name: string;
  readonly mediaType: string;
  /** Bytes. */
  readonly size: number;
  /** SHA-256 of the content, hex. */
  readonly sha256: string;
  /** The bytes, read from the store one chunk at a time, however large the file is. */
  content(): Readable;
}

/** What an earlier request with the same Idempotency-Key left behind. */
export interface KeyedReceipt {
  readonly receipt: Receipt;
  readonly contentDigest: string;
}

/** The outcome of {@link ApplicationStore.saveOnce}. */
export type SaveOutcome =
  | { readonly kind: 'created'; readonly receipt: Receipt }
  /** The key was used before (maybe a moment ago, by a concurrent retry): the first request's receipt. */
  | { readonly kind: 'existing'; readonly receipt: Receipt; readonly sameContent: boolean }
  /**
   * A new key, but its parked draft (`fromParkedDraft`) already became the application `reference`,
   * maybe a moment ago from another tablet: nothing was stored.
   */
  | { readonly kind: 'draftAlreadySent'; readonly reference: string };

/**
 * Where received applications live. One small interface, so the embedded SQLite store and a
 * PostgreSQL store for several instances (docs/postgres.md) are two
 * implementations behind the same routes. Every method is async for that reason.
 *
 * Guarantees an implementation must give:
 * 1. `saveOnce` resolves only after the application and all its files are durably committed,
 *    together, or not at all.
 * 2. At most one application per idempotency key, also under concurrent calls: the loser gets
 *    the winner's receipt (`existing`).
 * 3. References are unique and count 1, 2, 3, … per year without gaps, also under concurrent calls
 *    from several instances: a save that fails takes no number.
 * 4. `findFiles` reads back exactly the bytes that were saved, one chunk at a time.
 * 5. At most one application per parked draft, also under concurrent calls with different keys
 *    from several instances: a save with `fromParkedDraft` deletes that parked draft and records
 *    "this lookup id and this draft (`client.draftId`) became this reference" in its own
 *    transaction, under unique keys; any later or losing save from the same lookup id, or from the
 *    same draft parked again under another code, stores nothing and gets `draftAlreadySent` with
 *    the first reference. The idempotency key comes first: a repeat of the winner's key is `existing`.
 *    The record is kept at least until `rememberUntil` (`ParkedDraftStore.findSent` reads it).
 */
export interface ApplicationStore {
  /** The receipt of an earlier request with this key, if any. */
  findByIdempotencyKey(idempotencyKey: string): Promise<KeyedReceipt | undefined>;
  /** Stores the application exactly once per idempotency key (see the guarantees above). */
  saveOnce(application: NewApplication): Promise<SaveOutcome>;
  /**
   * Status and receipt of one application with its assistance and consent record; never answers or
   * files. Only for the device that sent it: for any other `deviceId` it is as if there were none,
   * so a linked tablet cannot walk the (sequential) references and read other people's records.
   */
  findStatus(reference: string, deviceId: string): Promise<ApplicationStatus | undefined>;
  /** The files stored with one application, by question id and position; none for an unknown reference. */
  findFiles(reference: string): Promise<readonly StoredFile[]>;
  /**
   * Whether applications can be stored now, proved rather than assumed (for the health check):
   * by a durable write, and by what the store needs besides (room on the disk, its files in place).
   */
  checkReady(): Promise<StoreReadiness>;
  /** Finishes pending work and releases the storage. */
  close(): Promise<void>;
}

/** Why the store cannot take applications now, as the health check reports it. */
export type StoreUnreadyReason = 'disk-full' | 'read-only' | 'database-unavailable' | 'busy';

/** The outcome of {@link ApplicationStore.checkReady}. */
export type StoreReadiness = { readonly ready: true } | { readonly ready: false; readonly reason: StoreUnreadyReason };

/**
 * The store cannot take applications now (disk full, database locked too long, I/O error).
 * Nothing was stored; the client may try again later (503).
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';

  /**
   * @param reason what the store found, in the health check's words, so nothing above the store
   *   needs to read a database's own error codes.
   * @param message the database's code or message, for the log.
   */
  constructor(
    readonly reason: StoreUnreadyReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
