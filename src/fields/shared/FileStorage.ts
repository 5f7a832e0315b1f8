import type { PreparedFile } from '../../attachments';
import type { FileAnswer } from '../../wizard';

export type KeepResult = { readonly ok: true; readonly answer: FileAnswer } | { readonly ok: false; readonly reason: 'quotaExceeded' | 'failed' };

/**
 * Where a file question keeps its files: the application's draft on the tablet. The step provides
 * it; the field only renders and reports what the person did.
 */
export interface FileStorage {
  /** Keeps the file's bytes once (autosave never rewrites them); the answer refers to them by `ref`. */
  keep(questionId: string, file: PreparedFile): Promise<KeepResult>;
  /** Removes bytes the answer no longer refers to, after the answer without them is saved. */
  discard(ref: string): Promise<void>;
  /** The kept bytes, for previews; a `ref` that is not on this tablet is missing from the map. */
  read(refs: readonly string[]): Promise<ReadonlyMap<string, Blob>>;
  /** Work the step waits for before it checks the answers ("Volgende" while a photo is shrunk). */
  whileBusy(work: Promise<unknown>): void;
  /** Names of files added to `questionId` whose bytes are no longer on the tablet (its storage was evicted). */
  lostNames(questionId: string): readonly string[];
}
