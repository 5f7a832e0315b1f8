import type { PreparedFile } from '../attachments';
import type { FileAnswer } from '../wizard';
import { getApplication } from './applications';
import type { Device } from './Device';

export type KeptAttachment = { readonly ok: true; readonly answer: FileAnswer } | { readonly ok: false; readonly reason: 'quotaExceeded' | 'failed' };

let lastSlot = 0;

/**
 * A number for a new file that no earlier file of this tablet had, so a replaced or removed file's
 * key is never reused: a queued application that still refers to the old key cannot pick up other
 * bytes, and a changed file means changed content for the outbox's idempotency key.
 */
function nextSlot(): number {
  lastSlot = Math.max(Date.now(), lastSlot + 1);
  return lastSlot;
}

/**
 * Keeps a file with the application's draft on the tablet, once (docs/offline.md, guarantee 1:
 * autosave never rewrites it). The bytes are written before the answer refers to them, so a saved
 * answer never points at bytes that are not there. On a full device nothing changes and the
 * reason says so.
 */
export async function keepAttachment({ draftStore }: Pick<Device, 'draftStore'>, permitId: string, questionId: string, file: PreparedFile): Promise<KeptAttachment> {
  const { draftId } = getApplication(permitId);
  const kept = await draftStore.putAttachment({ draftId, questionId, n: nextSlot(), name: file.name, blob: file.blob });
  if (!kept.ok) return kept;
  return { ok: true, answer: { name: file.name, type: file.blob.type, size: file.blob.size, ref: kept.key } };
}

/**
 * Removes the bytes of a file the answer no longer lists. The answer without it is saved first, so
 * a crash in between leaves an unused file (removed with its draft), never an answer without bytes.
 */
export async function discardAttachment({ autosaver, draftStore }: Pick<Device, 'autosaver' | 'draftStore'>, ref: string): Promise<void> {
  await autosaver.flush();
  await draftStore.deleteAttachment(ref);
}

/** The kept bytes of the application's files under `refs`, for previews and sending. */
export async function readAttachments({ draftStore }: Pick<Device, 'draftStore'>, permitId: string, refs: readonly string[]): Promise<ReadonlyMap<string, Blob>> {
  const stored = await draftStore.getAttachments(getApplication(permitId).draftId);
  return new Map(stored.filter((attachment) => refs.includes(attachment.key)).map((attachment) => [attachment.key, attachment.blob]));
}
