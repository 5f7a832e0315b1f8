/**
 * Drafts on the device: autosave, resume with a code, privacy on a shared tablet (issue 4).
 * Framework-free: IndexedDB (through `idb`) and WebCrypto only; nothing here renders.
 */
export type { Draft, DraftAttachment, DraftHelper, DraftSummary, NewAttachment, StoredReceipt } from './Draft';
export type { DraftStatus } from './DraftStatus';
export type {
  AttachmentWriteResult,
  DraftStorageKind,
  DraftStore,
  OpenWithCodeOptions,
  OpenWithCodeResult,
  SealAndStoreResult,
} from './DraftStore';
export { createDraftStore, DEFAULT_DRAFT_MAX_AGE_DAYS, type DraftStoreOptions } from './createDraftStore';
export { createDraftDatabase, STORES as DEVICE_STORES, type DraftDatabase, type DraftDatabaseOptions } from './draftDatabase';
export { readStoredDeviceToken, storeDeviceToken } from './storedDeviceToken';
export { createAutosaver, type Autosaver, type AutosaverOptions } from './autosaver';
export { attachPageLifecycle, type PageLifecycleTarget } from './attachPageLifecycle';
export {
  createResumeCode,
  normalizeResumeCode,
  formatResumeCode,
  RESUME_CODE_ALPHABET,
  RESUME_CODE_LENGTH,
  RESUME_CODE_ENTROPY_BITS,
  type NormalizedResumeCode,
  type ResumeCode,
  type ResumeCodeError,
} from './resumeCode';
export { RESUME_ATTEMPT_LIMIT, attemptWindowStart, minutesUntilNextAttempt, type AttemptLimit } from './attemptLimit';
export { PBKDF2_ITERATIONS } from './keyDerivation';
export { fromBase64, toBase64 } from './base64';
export { lookupIdFor, type LookupIdOptions } from './lookupIdFor';
export { sealDraft, openSealedDraft, type OpenSealedResult, type SealOptions } from './sealDraft';
export type { SealedDraft } from './SealedDraft';
export { openDraftWithDefinition, type DraftChange, type MigratedDraft } from './migrateDraft';
