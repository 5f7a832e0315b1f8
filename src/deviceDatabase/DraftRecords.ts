import type { Draft, DraftAttachment, StoredReceipt } from './Draft';
import type { SealedDraftRecord } from './deviceDatabase';

/** A draft with its files, as opened from a sealed draft. */
export interface OpenedDraft {
  readonly draft: Draft;
  readonly attachments: readonly DraftAttachment[];
}

/**
 * Where the draft store (`src/drafts/createDraftStore.ts`) keeps its records: IndexedDB, or memory when IndexedDB cannot be used.
 * Only storage lives here; every decision (status, expiry dates, codes, attempt limits) is made once
 * in `createDraftStore`. Each method is one transaction: it happens completely or not at all.
 */
export interface DraftRecords {
  /**
   * Writes the draft and returns the keys its file answers point at that have no kept file (in the
   * same transaction): normally none, but the browser may have evicted the database, files and all,
   * while the form stayed open, and the answers alone are then written into a fresh one.
   */
  putDraft(draft: Draft): Promise<readonly string[]>;
  getDraft(id: string): Promise<Draft | undefined>;
  allDrafts(): Promise<Draft[]>;
  /** Removes the draft, its attachments and its sealed copies. */
  deleteDraft(id: string): Promise<void>;
  /**
   * Removes drafts and sealed drafts whose `updatedAt` is before `cutoff` (ISO date-time), with the
   * attachments of those drafts and attachments whose draft is gone (not those of applications in
   * the outbox); returns how many drafts and sealed drafts went.
   */
  deleteUpdatedBefore(cutoff: string): Promise<number>;
  /**
   * Removes every open draft and every attachment except those of applications in the outbox
   * (they are sent after the visit); sealed drafts and receipts stay.
   */
  deleteOpenDrafts(): Promise<void>;
  /** Removes the draft, its attachments and sealed copies, and keeps the receipt. */
  completeSend(draftId: string, receipt: StoredReceipt): Promise<void>;
  allReceipts(): Promise<StoredReceipt[]>;
  /** Clears `unseen` on the receipts with these references. */
  markReceiptsSeen(references: readonly string[]): Promise<void>;
  putAttachment(attachment: DraftAttachment): Promise<void>;
  attachmentsOf(draftId: string): Promise<DraftAttachment[]>;
  deleteAttachment(key: string): Promise<void>;
  /** Keeps `record` and removes the open draft `record.draftId`, its attachments and its older sealed copies. */
  seal(record: SealedDraftRecord & { readonly draftId: string }): Promise<void>;
  getSealed(lookupId: string): Promise<SealedDraftRecord | undefined>;
  /** The sealed records known to hold draft `draftId` (sealed or opened here). */
  sealedOf(draftId: string): Promise<SealedDraftRecord[]>;
  putSealed(record: SealedDraftRecord): Promise<void>;
  /** Links the sealed record to `draftId` and, when given, puts the opened draft and files back. */
  restore(lookupId: string, draftId: string, opened: OpenedDraft | undefined): Promise<void>;
  /** Wrong resume codes tried on this device (epoch ms). */
  failedAttempts(): Promise<readonly number[]>;
  /** Records a wrong code at `at`, forgetting those at or before `forgetUpTo` (epoch ms). */
  addFailedAttempt(at: number, forgetUpTo: number): Promise<void>;
}
