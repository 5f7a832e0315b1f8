/**
 * Drafts on the device: autosave, resume with a code, privacy on a shared tablet (docs/offline.md).
 * Framework-free: the records live in the device database (`src/deviceDatabase/`), the keys come
 * from `src/crypto/`; nothing here renders.
 */
export type { Draft, DraftAttachment, DeskRecord, DraftHelper, StoredReceipt, SealedDraft } from '../deviceDatabase';
export type { DraftSummary } from './DraftSummary';
export type { NewAttachment } from './NewAttachment';
export type { DraftStatus } from './DraftStatus';
export type {
  AttachmentWriteResult,
  DraftStorageKind,
  DraftStore,
  OpenWithCodeOptions,
  OpenWithCodeResult,
  SealAndStoreResult,
} from './DraftStore';
export { createDraftStore, type DraftStoreOptions } from './createDraftStore';
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
export { RESUME_ATTEMPT_LIMIT } from './resumeAttemptLimit';
export { lookupIdFor, type LookupIdOptions } from './lookupIdFor';
export { sealDraft, openSealedDraft, type OpenSealedResult, type SealOptions } from './sealDraft';
export { openDraftWithDefinition, type DraftChange, type MigratedDraft } from './migrateDraft';
