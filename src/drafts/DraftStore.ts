import type { ParkedDraftLookup } from '../intake';
import type { Store } from '../observable';
import type { Draft, DraftAttachment, SealedDraft, StoredReceipt } from '../deviceDatabase';
import type { DraftStatus } from './DraftStatus';
import type { DraftSummary } from './DraftSummary';
import type { NewAttachment } from './NewAttachment';
import type { ResumeCode, ResumeCodeError } from './resumeCode';

/** Where the store keeps its records: the device, or only this tab's memory. */
export type DraftStorageKind = 'indexedDB' | 'memory';

export type AttachmentWriteResult =
  | { readonly ok: true; readonly key: string }
  | { readonly ok: false; readonly reason: 'quotaExceeded' | 'failed' };

export type SealAndStoreResult =
  /** `sealed` is what to park at the intake service under `lookupId`. */
  | { readonly ok: true; readonly lookupId: string; readonly sealed: SealedDraft }
  | { readonly ok: false; readonly reason: 'notFound' | 'quotaExceeded' };

export type OpenWithCodeResult =
  | { readonly ok: true; readonly draft: Draft }
  /** The code cannot be right (typo, wrong length, a symbol no code has); no attempt was counted. */
  | { readonly ok: false; readonly reason: 'invalidCode'; readonly error: ResumeCodeError }
  /**
   * - `notFound`: no sealed draft has this code, here or (with `fetchSealed`) at the service;
   *   with a mistyped but well-formed code this is the usual answer. Counts as a wrong attempt.
   * - `wrongCode`: a sealed draft has this lookup id but does not open: changed or damaged in
   *   storage (AES-GCM cannot tell which). Counts as a wrong attempt.
   * - `damaged`: the record is unreadable whatever the code.
   * - `unreachable`: `fetchSealed` failed; nothing counted, try again later.
   */
  | { readonly ok: false; readonly reason: 'notFound' | 'wrongCode' | 'damaged' | 'unreachable' }
  /**
   * The intake service says the draft with this code was sent as the application `reference`
   * (from this or another tablet): it is not opened again. The code was right, so nothing counted.
   */
  | { readonly ok: false; readonly reason: 'alreadySent'; readonly reference: string }
  /** Too many wrong codes on this device recently (`RESUME_ATTEMPT_LIMIT`); try again in this many minutes. */
  | { readonly ok: false; readonly reason: 'tooManyAttempts'; readonly retryAfterMinutes: number };

export interface OpenWithCodeOptions {
  /**
   * Asks the intake service what it has under the lookup id: the sealed draft, when this device has
   * none, and in any case whether the draft was sent already. Rejects when it cannot be reached;
   * a copy on this device then opens all the same.
   */
  readonly fetchSealed?: (lookupId: string) => Promise<ParkedDraftLookup>;
}

/**
 * Drafts, their files, sealed drafts and receipts on this device. All methods are async and never
 * block typing; writes the person causes report problems as values and through `status`.
 */
export interface DraftStore {
  /** Saving state for a polite live region ("Opgeslagen om 14:32"). */
  readonly status: Store<DraftStatus>;
  /** Resolves once it is known whether IndexedDB could be opened. */
  readonly ready: Promise<DraftStorageKind>;

  /**
   * Writes the draft (replacing the earlier version) and resolves with the resulting status. On a
   * full device the earlier version stays. A draft that was sealed, sent, deleted or wiped through
   * this store is not written again (a late autosave must not bring its answers back) until it is
   * opened with its code.
   */
  save(draft: Draft): Promise<DraftStatus>;
  get(id: string): Promise<Draft | undefined>;
  /** Open drafts, last changed first, without any answer. */
  list(): Promise<DraftSummary[]>;
  /** Removes the draft, its files and its sealed copies on this device. */
  delete(id: string): Promise<void>;
  /**
   * Removes drafts and sealed drafts last changed more than `maxAgeDays` before `now`, with their
   * files; resolves how many drafts and sealed drafts went. Defaults: the store's clock, 30 days.
   */
  wipeExpired(now?: Date, maxAgeDays?: number): Promise<number>;
  /**
   * "Stoppen en wissen": removes every open draft and file. Sealed drafts (their owners have the
   * code), receipts, and the files of applications in the outbox (removed once sent) stay. Cancel
   * the autosaver first so no pending write follows.
   */
  wipeAll(): Promise<void>;
  /** After the intake service acknowledged: in one transaction removes the draft, its files and sealed copies, and keeps the receipt. */
  completeSend(draftId: string, receipt: StoredReceipt): Promise<void>;
  /** Receipts, newest first. */
  listReceipts(): Promise<StoredReceipt[]>;
  /** A screen showed these receipts' references: they are no longer news at the next start. */
  markReceiptsSeen(references: readonly string[]): Promise<void>;

  /**
   * Stores a file once under `${draftId}/${questionId}/${n}`, replacing one at that place; the answer
   * refers to it by that key (`FileAnswer.ref`).
   */
  putAttachment(attachment: NewAttachment): Promise<AttachmentWriteResult>;
  getAttachments(draftId: string): Promise<DraftAttachment[]>;
  deleteAttachment(key: string): Promise<void>;

  /**
   * "Opslaan en later verder": encrypts the saved draft and its files with the code, keeps the
   * sealed copy under `lookupIdFor(code)` and removes the readable draft and files (and an older
   * sealed copy). Flush the autosaver first, so the latest answers are the ones sealed.
   */
  sealAndStore(draftId: string, code: ResumeCode): Promise<SealAndStoreResult>;
  /**
   * Opens a sealed draft with what the person typed and makes it an open draft again (with its
   * files). The sealed copy stays until the draft is sent, deleted or sealed anew, so "Stoppen en
   * wissen" after opening falls back to the last sealed state. Keeps a newer open copy of the same
   * draft if this device has one. A wrong code never changes any sealed draft.
   */
  openWithCode(input: string, options?: OpenWithCodeOptions): Promise<OpenWithCodeResult>;
  /**
   * The lookup id of the parked draft that draft `draftId` came from on this device (sealed here,
   * or opened here with its code), the latest if there were several; `undefined` if none. It goes
   * with the application, so the service keeps one application per parked draft.
   */
  parkedLookupId(draftId: string): Promise<string | undefined>;
  /** The sealed draft under `lookupId`, to park at the intake service. */
  exportSealed(lookupId: string): Promise<SealedDraft | undefined>;
  /** Keeps a sealed draft fetched from the intake service; `damaged` if it is not one. */
  importSealed(lookupId: string, sealed: unknown): Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: 'damaged' }>;
}
