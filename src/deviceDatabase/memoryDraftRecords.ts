import type { Draft, DraftAttachment, StoredReceipt } from './Draft';
import type { DraftRecords } from './DraftRecords';
import { fileRefsOf } from './fileRefsOf';
import { withoutUnseen } from './withoutUnseen';
import type { SealedDraftRecord } from './deviceDatabase';

/**
 * The draft records in memory, for browsers where IndexedDB cannot be opened (Firefox private
 * windows before version 115: https://bugzilla.mozilla.org/show_bug.cgi?id=781982; storage blocked
 * by policy). The wizard keeps working; everything is gone when the tab closes, which the store's
 * `unavailable` status tells the person.
 */
export function createMemoryDraftRecords(): DraftRecords {
  const drafts = new Map<string, Draft>();
  const attachments = new Map<string, DraftAttachment>();
  const receipts = new Map<string, StoredReceipt>();
  const sealed = new Map<string, SealedDraftRecord>();
  let failedTimes: readonly number[] = [];

  const removeWhere = <V>(map: Map<string, V>, matches: (value: V) => boolean) => {
    for (const [key, value] of map) if (matches(value)) map.delete(key);
  };
  const removeDraft = (id: string) => {
    drafts.delete(id);
    removeWhere(attachments, (attachment) => attachment.draftId === id);
    removeWhere(sealed, (record) => record.draftId === id);
  };

  return {
    putDraft: async (draft) => {
      drafts.set(draft.id, draft);
      return fileRefsOf(draft.answers).filter((ref) => !attachments.has(ref));
    },
    getDraft: async (id) => drafts.get(id),
    allDrafts: async () => [...drafts.values()],
    deleteDraft: async (id) => removeDraft(id),
    async deleteUpdatedBefore(cutoff) {
      const before = <V extends { readonly updatedAt: string }>(map: Map<string, V>) =>
        [...map].filter(([, value]) => value.updatedAt < cutoff).map(([key]) => key);
      const draftIds = before(drafts);
      const sealedKeys = before(sealed);
      for (const id of draftIds) drafts.delete(id);
      for (const key of sealedKeys) sealed.delete(key);
      removeWhere(
        attachments,
        (attachment) => draftIds.includes(attachment.draftId) || (attachment.storedAt < cutoff && !drafts.has(attachment.draftId)),
      );
      return draftIds.length + sealedKeys.length;
    },
    async deleteOpenDrafts() {
      drafts.clear();
      attachments.clear();
    },
    async completeSend(draftId, receipt) {
      removeDraft(draftId);
      receipts.set(receipt.reference, receipt);
    },
    allReceipts: async () => [...receipts.values()],
    async markReceiptsSeen(references) {
      for (const reference of references) {
        const receipt = receipts.get(reference);
        if (receipt?.unseen) receipts.set(reference, withoutUnseen(receipt));
      }
    },
    putAttachment: async (attachment) => void attachments.set(attachment.key, attachment),
    attachmentsOf: async (draftId) => [...attachments.values()].filter((attachment) => attachment.draftId === draftId),
    deleteAttachment: async (key) => void attachments.delete(key),
    async seal(record) {
      removeDraft(record.draftId);
      sealed.set(record.lookupId, record);
    },
    getSealed: async (lookupId) => sealed.get(lookupId),
    sealedOf: async (draftId) => [...sealed.values()].filter((record) => record.draftId === draftId),
    putSealed: async (record) => void sealed.set(record.lookupId, record),
    async restore(lookupId, draftId, opened) {
      const record = sealed.get(lookupId);
      if (record) sealed.set(lookupId, { ...record, draftId });
      if (!opened) return;
      drafts.set(opened.draft.id, opened.draft);
      for (const attachment of opened.attachments) attachments.set(attachment.key, attachment);
    },
    failedAttempts: async () => failedTimes,
    async addFailedAttempt(at, forgetUpTo) {
      failedTimes = [...failedTimes.filter((time) => time > forgetUpTo), at];
    },
  };
}
