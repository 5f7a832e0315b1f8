import type { IDBPTransaction, StoreNames } from 'idb';
import type { DraftRecords } from './DraftRecords';
import { fileRefsOf } from './fileRefsOf';
import { withoutUnseen } from './withoutUnseen';
import {
  INDEXES,
  META_KEYS,
  STORES,
  type DeviceConnection,
  type DeviceDatabase,
  type DeviceDatabaseSchema,
  type MetaRecord,
} from './deviceDatabase';

type StoreName = StoreNames<DeviceDatabaseSchema>;
type Transaction<Names extends StoreName[], Mode extends IDBTransactionMode> = IDBPTransaction<DeviceDatabaseSchema, Names, Mode>;

/**
 * `strict` for writes that must survive a power cut once reported done (sealing, a send, the attempt
 * counter); the rest uses the browser's default, which Chromium is moving to `relaxed` for speed
 * (https://crbug.com/965883, https://developer.mozilla.org/docs/Web/API/IDBTransaction/durability).
 * Autosave runs every half second, so losing the last write to a power cut costs little.
 */
type Durability = 'default' | 'strict';

/** The draft records in IndexedDB; every method is one transaction, retried once on a closed connection. */
export function createIndexedDbDraftRecords(database: DeviceDatabase): DraftRecords {
  function read<Names extends StoreName[], T>(names: Names, work: (tx: Transaction<Names, 'readonly'>) => Promise<T>): Promise<T> {
    return database.run((db) => inTransaction(db, names, 'readonly', 'default', work));
  }
  function write<Names extends StoreName[], T>(
    names: Names,
    work: (tx: Transaction<Names, 'readwrite'>) => Promise<T>,
    durability: Durability = 'default',
  ): Promise<T> {
    return database.run((db) => inTransaction(db, names, 'readwrite', durability, work));
  }

  return {
    putDraft: (draft) =>
      write([STORES.drafts, STORES.attachments], async (tx) => {
        const writing = tx.objectStore(STORES.drafts).put(draft);
        const reading = tx.objectStore(STORES.attachments).index(INDEXES.draftId).getAllKeys(draft.id);
        // Commit as soon as both requests are made, not after their answers come back: a tab closed
        // right after a keystroke then still gets its last write in (Chromium aborts a transaction
        // that was never committed when the page goes; https://w3c.github.io/IndexedDB/#dom-idbtransaction-commit).
        tx.commit();
        const [, kept] = await Promise.all([writing, reading]);
        const keptKeys = new Set<string>(kept);
        return fileRefsOf(draft.answers).filter((ref) => !keptKeys.has(ref));
      }),
    getDraft: (id) => read([STORES.drafts], (tx) => tx.objectStore(STORES.drafts).get(id)),
    allDrafts: () => read([STORES.drafts], (tx) => tx.objectStore(STORES.drafts).getAll()),

    deleteDraft: (id) =>
      write([STORES.sealedDrafts, STORES.attachments, STORES.drafts], async (tx) => {
        const [attachmentKeys, sealedKeys] = await Promise.all([tx.objectStore(STORES.attachments).index(INDEXES.draftId).getAllKeys(id), tx.objectStore(STORES.sealedDrafts).index(INDEXES.draftId).getAllKeys(id)]);
        await Promise.all([
          tx.objectStore(STORES.drafts).delete(id),
          ...attachmentKeys.map((key) => tx.objectStore(STORES.attachments).delete(key)),
          ...sealedKeys.map((key) => tx.objectStore(STORES.sealedDrafts).delete(key)),
        ]);
      }),

    deleteUpdatedBefore: (cutoff) =>
      write([STORES.drafts, STORES.sealedDrafts, STORES.attachments, STORES.outbox], async (tx) => {
        const before = IDBKeyRange.upperBound(cutoff, true);
        const [draftIds, sealedKeys] = await Promise.all([
          tx.objectStore(STORES.drafts).index(INDEXES.updatedAt).getAllKeys(before),
          tx.objectStore(STORES.sealedDrafts).index(INDEXES.updatedAt).getAllKeys(before),
        ]);
        await Promise.all([
          ...draftIds.map((id) => tx.objectStore(STORES.drafts).delete(id)),
          ...sealedKeys.map((key) => tx.objectStore(STORES.sealedDrafts).delete(key)),
        ]);
        // Files go with their draft, and so does an old file whose draft was never saved, unless
        // they wait in the outbox to be sent.
        const liveDraftIds = new Set(await tx.objectStore(STORES.drafts).getAllKeys());
        const queued = new Set(await tx.objectStore(STORES.outbox).getAllKeys());
        const attachments = await tx.objectStore(STORES.attachments).getAll();
        await Promise.all(
          attachments
            .filter((attachment) => !queued.has(attachment.draftId))
            .filter((attachment) => draftIds.includes(attachment.draftId) || (attachment.storedAt < cutoff && !liveDraftIds.has(attachment.draftId)))
            .map((attachment) => tx.objectStore(STORES.attachments).delete(attachment.key)),
        );
        return draftIds.length + sealedKeys.length;
      }),

    deleteOpenDrafts: () =>
      write([STORES.drafts, STORES.attachments, STORES.outbox], async (tx) => {
        // A queued application goes out after the visit too; its files must go with it.
        const queued = new Set(await tx.objectStore(STORES.outbox).getAllKeys());
        const attachments = await tx.objectStore(STORES.attachments).getAll();
        await Promise.all([
          tx.objectStore(STORES.drafts).clear(),
          ...attachments.filter((attachment) => !queued.has(attachment.draftId)).map((attachment) => tx.objectStore(STORES.attachments).delete(attachment.key)),
        ]);
      }),

    completeSend: (draftId, receipt) =>
      write(
        [STORES.sealedDrafts, STORES.attachments, STORES.drafts, STORES.receipts, STORES.outbox],
        async (tx) => {
          const [attachmentKeys, sealedKeys] = await Promise.all([tx.objectStore(STORES.attachments).index(INDEXES.draftId).getAllKeys(draftId), tx.objectStore(STORES.sealedDrafts).index(INDEXES.draftId).getAllKeys(draftId)]);
          await Promise.all([
            tx.objectStore(STORES.drafts).delete(draftId),
            // The outbox's copy of the answers goes in the same transaction as the draft.
            tx.objectStore(STORES.outbox).delete(draftId),
            ...attachmentKeys.map((key) => tx.objectStore(STORES.attachments).delete(key)),
            ...sealedKeys.map((key) => tx.objectStore(STORES.sealedDrafts).delete(key)),
            tx.objectStore(STORES.receipts).put(receipt),
          ]);
        },
        'strict',
      ),

    allReceipts: () => read([STORES.receipts], (tx) => tx.objectStore(STORES.receipts).getAll()),
    markReceiptsSeen: (references) =>
      write([STORES.receipts], async (tx) => {
        const store = tx.objectStore(STORES.receipts);
        for (const reference of references) {
          const receipt = await store.get(reference);
          if (receipt?.unseen) await store.put(withoutUnseen(receipt));
        }
      }),

    putAttachment: (attachment) =>
      write([STORES.attachments], async (tx) => void (await tx.objectStore(STORES.attachments).put(attachment))),
    attachmentsOf: (draftId) =>
      read([STORES.attachments], (tx) => tx.objectStore(STORES.attachments).index(INDEXES.draftId).getAll(draftId)),
    deleteAttachment: (key) => write([STORES.attachments], (tx) => tx.objectStore(STORES.attachments).delete(key)),

    seal: (record) =>
      write(
        [STORES.sealedDrafts, STORES.attachments, STORES.drafts],
        async (tx) => {
          const [attachmentKeys, sealedKeys] = await Promise.all([
            tx.objectStore(STORES.attachments).index(INDEXES.draftId).getAllKeys(record.draftId),
            tx.objectStore(STORES.sealedDrafts).index(INDEXES.draftId).getAllKeys(record.draftId),
          ]);
          await Promise.all([
            // An older sealed copy under another code would otherwise open an outdated draft.
            ...sealedKeys.map((key) => tx.objectStore(STORES.sealedDrafts).delete(key)),
            ...attachmentKeys.map((key) => tx.objectStore(STORES.attachments).delete(key)),
            tx.objectStore(STORES.drafts).delete(record.draftId),
          ]);
          await tx.objectStore(STORES.sealedDrafts).put(record);
        },
        'strict',
      ),

    getSealed: (lookupId) => read([STORES.sealedDrafts], (tx) => tx.objectStore(STORES.sealedDrafts).get(lookupId)),
    sealedOf: (draftId) => read([STORES.sealedDrafts], (tx) => tx.objectStore(STORES.sealedDrafts).index(INDEXES.draftId).getAll(draftId)),
    putSealed: (record) =>
      write([STORES.sealedDrafts], async (tx) => void (await tx.objectStore(STORES.sealedDrafts).put(record)), 'strict'),

    restore: (lookupId, draftId, opened) =>
      write([STORES.sealedDrafts, STORES.attachments, STORES.drafts], async (tx) => {
        const record = await tx.objectStore(STORES.sealedDrafts).get(lookupId);
        await Promise.all([
          ...(record ? [tx.objectStore(STORES.sealedDrafts).put({ ...record, draftId })] : []),
          ...(opened
            ? [
                tx.objectStore(STORES.drafts).put(opened.draft),
                ...opened.attachments.map((attachment) => tx.objectStore(STORES.attachments).put(attachment)),
              ]
            : []),
        ]);
      }),

    failedAttempts: () =>
      read([STORES.meta], async (tx) => failedTimes(await tx.objectStore(STORES.meta).get(META_KEYS.failedResumeAttempts))),
    addFailedAttempt: (at, forgetUpTo) =>
      write(
        [STORES.meta],
        async (tx) => {
          const meta = tx.objectStore(STORES.meta);
          const times = failedTimes(await meta.get(META_KEYS.failedResumeAttempts));
          await meta.put({ name: META_KEYS.failedResumeAttempts, times: [...times.filter((time) => time > forgetUpTo), at] });
        },
        'strict',
      ),
  };
}

/**
 * Runs `work` in one transaction and waits until it is committed. If `work` fails, the transaction
 * is aborted so nothing of it is kept: a failed put (e.g. QuotaExceededError) leaves the earlier
 * version in place.
 */
async function inTransaction<Names extends StoreName[], Mode extends IDBTransactionMode, T>(
  db: DeviceConnection,
  names: Names,
  mode: Mode,
  durability: Durability,
  work: (tx: Transaction<Names, Mode>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(names, mode, { durability });
  // `done` rejects when the transaction aborts; the error that caused it is what we report.
  tx.done.catch(() => undefined);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing left to undo.
    }
    throw error;
  }
}

/** Wrong resume codes tried, from their record in `meta`. */
function failedTimes(record: MetaRecord | undefined): readonly number[] {
  return record?.name === META_KEYS.failedResumeAttempts ? record.times : [];
}
