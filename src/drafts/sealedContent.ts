import { attachmentKey, type Draft, type DraftAttachment, type OpenedDraft } from '../deviceDatabase';
import { isDraft } from './isDraft';

/**
 * What is inside a sealed draft: the draft and its files in one byte string, so one key and one
 * authentication tag cover everything and the files travel with the draft to another tablet.
 *
 * Layout: 4-byte big-endian length of a UTF-8 JSON header `{ draft, files }`, the header, then the
 * bytes of each file in header order.
 */
interface ContentHeader {
  readonly draft: Draft;
  readonly files: readonly FileHeader[];
}

type FileHeader = Pick<DraftAttachment, 'questionId' | 'n' | 'name' | 'type' | 'size' | 'storedAt'>;

const LENGTH_BYTES = 4;

export async function packDraft(draft: Draft, attachments: readonly DraftAttachment[]): Promise<Uint8Array<ArrayBuffer>> {
  const files = await Promise.all(attachments.map(async (attachment) => new Uint8Array(await attachment.blob.arrayBuffer())));
  const header: ContentHeader = {
    draft,
    files: attachments.map(({ questionId, n, name, type, storedAt }, index) => ({
      questionId,
      n,
      name,
      type,
      size: files[index]?.length ?? 0,
      storedAt,
    })),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const content = new Uint8Array(LENGTH_BYTES + headerBytes.length + files.reduce((total, file) => total + file.length, 0));
  new DataView(content.buffer).setUint32(0, headerBytes.length);
  content.set(headerBytes, LENGTH_BYTES);
  let offset = LENGTH_BYTES + headerBytes.length;
  for (const file of files) {
    content.set(file, offset);
    offset += file.length;
  }
  return content;
}

/** The draft and files back, or `undefined` when the content is not what `packDraft` makes. */
export function unpackDraft(content: Uint8Array<ArrayBuffer>): OpenedDraft | undefined {
  try {
    if (content.length < LENGTH_BYTES) return undefined;
    const headerLength = new DataView(content.buffer, content.byteOffset).getUint32(0);
    const headerEnd = LENGTH_BYTES + headerLength;
    if (headerEnd > content.length) return undefined;
    const header: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(content.subarray(LENGTH_BYTES, headerEnd)));
    if (!isContentHeader(header)) return undefined;
    const { draft, files } = header;
    if (headerEnd + files.reduce((total, file) => total + file.size, 0) !== content.length) return undefined;
    let offset = headerEnd;
    const attachments = files.map((file): DraftAttachment => {
      const blob = new Blob([content.subarray(offset, offset + file.size)], { type: file.type });
      offset += file.size;
      return { ...file, key: attachmentKey(draft.id, file.questionId, file.n), draftId: draft.id, blob };
    });
    return { draft, attachments };
  } catch {
    return undefined;
  }
}

function isContentHeader(value: unknown): value is ContentHeader {
  if (typeof value !== 'object' || value === null) return false;
  const { draft, files } = value as Record<string, unknown>;
  return isDraft(draft) && Array.isArray(files) && files.every(isFileHeader);
}

function isFileHeader(value: unknown): value is FileHeader {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return (
    typeof file.questionId === 'string' &&
    typeof file.n === 'number' &&
    Number.isInteger(file.n) &&
    typeof file.name === 'string' &&
    typeof file.type === 'string' &&
    typeof file.size === 'number' &&
    Number.isInteger(file.size) &&
    file.size >= 0 &&
    typeof file.storedAt === 'string'
  );
}
