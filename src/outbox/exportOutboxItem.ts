import { toBase64 } from '../crypto';
import type { SubmissionFile } from '../intake';
import type { OutboxItem } from '../deviceDatabase';

/** Names what a file made by `exportOutboxItem` holds, and in which shape (raise `version` on a change). */
export const OUTBOX_EXPORT_FORMAT = { format: 'hulploket-outbox-item', version: 1 } as const;

/** A queued application as a file: everything needed to send it by other means, or to enter it again. */
export interface OutboxExportFile {
  readonly fileName: string;
  /** JSON, UTF-8. */
  readonly text: string;
}

/**
 * A stuck application as a JSON file, before staff delete it from the tablet, so nothing typed is
 * lost: the exact submission (the answers as they would be sent), its attachments (base64), its
 * idempotency key (sending it later with this key cannot register it twice), and where it stood.
 * Holds personal data: it is made only when staff ask for it, and the tablet keeps no copy.
 */
export async function exportOutboxItem(item: OutboxItem, files: readonly SubmissionFile[], exportedAt: Date): Promise<OutboxExportFile> {
  const content = {
    ...OUTBOX_EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    permitId: item.permitId,
    draftId: item.draftId,
    idempotencyKey: item.idempotencyKey,
    attempts: item.attempts,
    state: item.state,
    submission: item.submission,
    files: await Promise.all(
      files.map(async ({ questionId, name, blob }) => ({ questionId, name, type: blob.type, size: blob.size, base64: toBase64(new Uint8Array(await blob.arrayBuffer())) })),
    ),
  };
  const day = exportedAt.toISOString().slice(0, 10);
  return { fileName: `aanvraag-${item.permitId}-${day}-${item.draftId.slice(0, 8)}.json`, text: `${JSON.stringify(content, null, 2)}\n` };
}
