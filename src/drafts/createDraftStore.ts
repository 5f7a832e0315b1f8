import type { ParkedDraftLookup } from '../intake';
import { createStore } from '../observable';
import { attemptWindowStart, minutesUntilNextAttempt } from '../crypto';
import { DEFAULT_DRAFT_EXPIRY_DAYS } from '../settings';
import {
  attachmentKey,
  createDeviceDatabase,
  createIndexedDbDraftRecords,
  createMemoryDraftRecords,
  type DeviceDatabase,
  type Draft,
  type DraftRecords,
} from '../deviceDatabase';
import type { DraftStatus } from './DraftStatus';
import type { DraftStorageKind, DraftStore, OpenWithCodeResult } from './DraftStore';
import { isQuotaExceeded } from './isQuotaExceeded';
import { isSealedDraft } from './isSealedDraft';
import { lookupIdFor } from './lookupIdFor';
import { requestPersistentStorage } from './requestPersistentStorage';
import { RESUME_ATTEMPT_LIMIT } from './resumeAttemptLimit';
import { normalizeResumeCode } from './resumeCode';
import { openSealedDraft, sealDraft } from './sealDraft';
import { summarizeDraft } from './summarizeDraft';

export interface DraftStoreOptions {
  /** The clock, for `saved` times, expiry and the attempt limit; default the real one. */
  readonly now?: () => Date;
  /**
   * PBKDF2 iterations for sealing and lookup ids; default `PBKDF2_ITERATIONS` (600,000). Lower only
   * in tests that are not about the key derivation: lookup ids must match across tablets.
   */
  readonly kdfIterations?: number;
  /** The database connection; default `createDeviceDatabase()`. */
  readonly database?: DeviceDatabase;
  /** Where unexpected storage errors go (never personal data: IndexedDB errors carry no values); default `console.error`. */
  readonly reportError?: (error: unknown) => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The drafts on this device. Opens IndexedDB at once; when that fails (private mode, `indexedDB`
 * missing) it keeps working in memory with status `unavailable`, so the screen can say that the
 * answers will not survive closing the tab (docs/offline.md, guarantee 8).
 */
export function createDraftStore(options: DraftStoreOptions = {}): DraftStore {
  const now = options.now ?? (() => new Date());
  const reportError = options.reportError ?? ((error: unknown) => console.error(error));
  const iterations = options.kdfIterations === undefined ? {} : { iterations: options.kdfIterations };
  const database = options.database ?? createDeviceDatabase();
  const status = createStore<DraftStatus>({ kind: 'idle' });

  const opened: Promise<{ kind: DraftStorageKind; backend: DraftRecords }> = database.connection().then(
    () => ({ kind: 'indexedDB', backend: createIndexedDbDraftRecords(database) }),
    () => {
      status.set({ kind: 'unavailable' });
      return { kind: 'memory', backend: createMemoryDraftRecords() };
    },
  );
  const backend = async () => (await opened).backend;

  /** Drafts whose answers must not be written again in this session: sealed, sent, deleted or wiped. */
  const retired = new Set<string>();
  let persistenceRequested = false;
  let attempts: Promise<unknown> = Promise.resolve();

  async function save(draft: Draft): Promise<DraftStatus> {
    const { kind, backend } = await opened;
    if (retired.has(draft.id)) return status.get();
    if (kind === 'memory') {
      await backend.putDraft(draft);
      return status.get();
    }
    const before = status.get();
    const lastSavedAt = before.kind === 'saved' ? before.at : before.kind === 'saving' ? before.lastSavedAt : undefined;
    status.set(lastSavedAt === undefined ? { kind: 'saving' } : { kind: 'saving', lastSavedAt });
    try {
      const missing = await backend.putDraft(draft);
      status.set(missing.length > 0 ? { kind: 'filesMissing', draftId: draft.id, refs: missing } : { kind: 'saved', at: now().toISOString() });
      if (!persistenceRequested) {
        persistenceRequested = true;
        void requestPersistentStorage();
      }
    } catch (error) {
      if (isQuotaExceeded(error)) status.set({ kind: 'quotaExceeded' });
      else {
        reportError(error);
        status.set({ kind: 'failed' });
      }
    }
    return status.get();
  }

  async function openWithCode(input: string, fetchSealed?: (lookupId: string) => Promise<ParkedDraftLookup>): Promise<OpenWithCodeResult> {
    const normalized = normalizeResumeCode(input);
    if (!normalized.ok) return { ok: false, reason: 'invalidCode', error: normalized.error };
    const store = await backend();
    const retryAfterMinutes = minutesUntilNextAttempt(await store.failedAttempts(), now().getTime(), RESUME_ATTEMPT_LIMIT);
    if (retryAfterMinutes > 0) return { ok: false, reason: 'tooManyAttempts', retryAfterMinutes };
    const failed = async (reason: 'notFound' | 'wrongCode') => {
      const at = now().getTime();
      await store.addFailedAttempt(at, attemptWindowStart(at, RESUME_ATTEMPT_LIMIT));
      return { ok: false, reason } as const;
    };

    const lookupId = await lookupIdFor(normalized.code, iterations);
    let record = await store.getSealed(lookupId);
    let fetchedHere = false;
    if (fetchSealed) {
      // Asked even when this device has a copy: the draft may have become an application at another
      // tablet since, and one draft must become one application (the service refuses a second).
      let found: ParkedDraftLookup | undefined;
      try {
        found = await fetchSealed(lookupId);
      } catch {
        if (!record) return { ok: false, reason: 'unreachable' };
      }
      if (found?.kind === 'sent') return { ok: false, reason: 'alreadySent', reference: found.reference };
      if (!record && found?.kind === 'parked') {
        if (!isSealedDraft(found.sealed)) return { ok: false, reason: 'damaged' };
        record = { lookupId, updatedAt: now().toISOString(), sealed: found.sealed };
        fetchedHere = true;
      }
    }
    if (!record) return failed('notFound');

    const result = await openSealedDraft(record.sealed, normalized.code);
    if (!result.ok) return result.reason === 'wrongCode' ? failed('wrongCode') : { ok: false, reason: 'damaged' };
    const local = await store.getDraft(result.draft.id);
    const keepLocal = local !== undefined && Date.parse(local.updatedAt) >= Date.parse(result.draft.updatedAt);
    retired.delete(result.draft.id);
    try {
      // A fetched copy is kept only once it opened, as the fallback for "Stoppen en wissen".
      if (fetchedHere) await store.putSealed(record);
      await store.restore(lookupId, result.draft.id, keepLocal ? undefined : result);
    } catch (error) {
      // The draft is open on screen either way; the status tells that it is not on the device.
      if (!isQuotaExceeded(error)) throw error;
      status.set({ kind: 'quotaExceeded' });
    }
    return { ok: true, draft: keepLocal ? local : result.draft };
  }

  return {
    status,
    ready: opened.then(({ kind }) => kind),
    save,
    get: async (id) => (await backend()).getDraft(id),
    async list() {
      const drafts = await (await backend()).allDrafts();
      return drafts.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)).map(summarizeDraft);
    },
    async delete(id) {
      retired.add(id);
      await (await backend()).deleteDraft(id);
    },
    async wipeExpired(at = now(), maxAgeDays = DEFAULT_DRAFT_EXPIRY_DAYS) {
      return (await backend()).deleteUpdatedBefore(new Date(at.getTime() - maxAgeDays * DAY_MS).toISOString());
    },
    async wipeAll() {
      const store = await backend();
      for (const draft of await store.allDrafts()) retired.add(draft.id);
      await store.deleteOpenDrafts();
    },
    async completeSend(draftId, receipt) {
      retired.add(draftId);
      // Only the receipt fields: a receipt object from the intake client may carry more.
      const { reference, permitId, receivedAt, expectedDecisionBy, statusCode } = receipt;
      await (await backend()).completeSend(draftId, { reference, permitId, receivedAt, expectedDecisionBy, ...(statusCode ? { statusCode } : {}), draftId, unseen: true });
    },
    markReceiptsSeen: async (references) => (await backend()).markReceiptsSeen(references),
    async listReceipts() {
      const receipts = await (await backend()).allReceipts();
      return receipts.sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt));
    },

    async putAttachment({ draftId, questionId, n, name, blob }) {
      const key = attachmentKey(draftId, questionId, n);
      try {
        await (await backend()).putAttachment({
          key,
          draftId,
          questionId,
          n,
          name,
          type: blob.type,
          size: blob.size,
          storedAt: now().toISOString(),
          blob,
        });
        return { ok: true, key };
      } catch (error) {
        if (isQuotaExceeded(error)) return { ok: false, reason: 'quotaExceeded' };
        reportError(error);
        return { ok: false, reason: 'failed' };
      }
    },
    getAttachments: async (draftId) => (await backend()).attachmentsOf(draftId),
    deleteAttachment: async (key) => (await backend()).deleteAttachment(key),

    async sealAndStore(draftId, code) {
      const store = await backend();
      const draft = await store.getDraft(draftId);
      if (!draft) return { ok: false, reason: 'notFound' };
      // From here on a late autosave must not write the readable draft back after it is sealed.
      retired.add(draftId);
      try {
        const [sealed, lookupId] = await Promise.all([
          sealDraft(draft, code, { ...iterations, attachments: await store.attachmentsOf(draftId) }),
          lookupIdFor(code, iterations),
        ]);
        await store.seal({ lookupId, updatedAt: draft.updatedAt, draftId, sealed });
        return { ok: true, lookupId, sealed };
      } catch (error) {
        retired.delete(draftId);
        if (isQuotaExceeded(error)) return { ok: false, reason: 'quotaExceeded' };
        throw error;
      }
    },
    openWithCode(input, openOptions) {
      // One attempt at a time, so a burst of submissions cannot all pass the limit check before
      // the first failure is counted.
      const attempt = attempts.then(() => openWithCode(input, openOptions?.fetchSealed));
      attempts = attempt.catch(() => undefined);
      return attempt;
    },
    async parkedLookupId(draftId) {
      const records = await (await backend()).sealedOf(draftId);
      return records.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0]?.lookupId;
    },
    exportSealed: async (lookupId) => (await (await backend()).getSealed(lookupId))?.sealed,
    async importSealed(lookupId, sealed) {
      if (!/^[0-9a-f]{64}$/.test(lookupId) || !isSealedDraft(sealed)) return { ok: false, reason: 'damaged' };
      const store = await backend();
      const existing = await store.getSealed(lookupId);
      await store.putSealed({
        lookupId,
        updatedAt: now().toISOString(),
        ...(existing?.draftId === undefined ? {} : { draftId: existing.draftId }),
        sealed,
      });
      return { ok: true };
    },
  };
}
