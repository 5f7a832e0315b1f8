import { DEFAULT_MAX_FILE_BYTES, sniffFileKind, SNIFF_BYTES, type FileKind, type FileQuestion } from '../wizard';
import { downscaleImage } from './downscaleImage';
import { plainFileName } from './plainFileName';
import type { ScaledImage, ScaleRequest } from './scaleImage';

/** Longest side of a photo after shrinking (pixels): sharp enough to read an ID card, a tenth of the bytes. */
export const MAX_IMAGE_SIDE_PX = 2000;
/** JPEG quality of a re-encoded photo (0–1). */
export const JPEG_QUALITY = 0.8;
/**
 * An image of an accepted kind up to this many bytes passes unchanged (re-encoding a small image
 * only loses quality); larger ones, such as every camera photo, are shrunk. 1 MiB.
 */
export const KEEP_IMAGES_UP_TO_BYTES = 1024 * 1024;

/**
 * Image formats a browser may decode that the intake service does not take: they become JPEG or
 * PNG on the tablet (an iPad photo library hands out HEIC, Android screenshots can be WebP).
 */
const CONVERTIBLE_IMAGE_TYPES = ['image/heic', 'image/heif', 'image/webp', 'image/avif', 'image/gif', 'image/bmp'];

const MIME: Readonly<Record<FileKind, string>> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' };
const EXTENSION: Readonly<Record<FileKind, string>> = { pdf: 'pdf', jpeg: 'jpg', png: 'png' };

/** A file ready to keep and send: its bytes, kind and plain name. */
export interface PreparedFile {
  readonly name: string;
  readonly blob: Blob;
  readonly kind: FileKind;
  /** Set when the image was shrunk or re-encoded on the tablet. */
  readonly scaled?: Omit<ScaledImage, 'blob'>;
}

/**
 * Why a file cannot be added:
 * - `type`: by its content, not a kind the question accepts;
 * - `tooLarge`: larger than the question's limit (after shrinking, for images);
 * - `empty`: no bytes;
 * - `unreadable`: it says it is an image, but the tablet cannot open it.
 */
export type FileProblem = 'type' | 'tooLarge' | 'empty' | 'unreadable';

export type PrepareResult = { readonly ok: true; readonly file: PreparedFile } | { readonly ok: false; readonly problem: FileProblem };

export interface PrepareOptions {
  /** Shrinks an image; default `downscaleImage` (a worker where possible). Tests without a browser pass their own. */
  readonly downscale?: (request: ScaleRequest) => Promise<ScaledImage>;
}

/**
 * Checks a chosen file against its question and makes it fit, the way the intake service will judge
 * it: by its first bytes, never by its name or the type the browser reports. PDFs pass unchanged;
 * large photos are shrunk to {@link MAX_IMAGE_SIDE_PX} and re-encoded (so a 12-megapixel photo is
 * not a 6 MB upload); images in a kind the question does not take are converted when it takes
 * another image kind.
 */
export async function prepareFile(file: File, question: FileQuestion, options: PrepareOptions = {}): Promise<PrepareResult> {
  if (file.size === 0) return { ok: false, problem: 'empty' };
  const maxBytes = question.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const kind = sniffFileKind(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  const within = (prepared: PreparedFile): PrepareResult => (prepared.blob.size > maxBytes ? { ok: false, problem: 'tooLarge' } : { ok: true, file: prepared });

  if (kind === 'pdf') {
    if (!question.accept.includes('pdf')) return { ok: false, problem: 'type' };
    return within({ name: plainFileName(file.name), blob: file, kind });
  }
  const imageKinds = question.accept.filter((accepted) => accepted !== 'pdf');
  const isImage = kind !== undefined || CONVERTIBLE_IMAGE_TYPES.includes(file.type.toLowerCase());
  if (!isImage || imageKinds.length === 0) return { ok: false, problem: 'type' };
  if (kind && imageKinds.includes(kind) && file.size <= KEEP_IMAGES_UP_TO_BYTES) {
    return within({ name: plainFileName(file.name), blob: withType(file, kind), kind });
  }

  const target: FileKind = kind && imageKinds.includes(kind) ? kind : imageKinds.includes('jpeg') ? 'jpeg' : 'png';
  let scaled: ScaledImage;
  try {
    scaled = await (options.downscale ?? downscaleImage)({
      blob: file,
      maxSide: MAX_IMAGE_SIDE_PX,
      type: target === 'jpeg' ? 'image/jpeg' : 'image/png',
      quality: JPEG_QUALITY,
    });
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const { blob, ...sizes } = scaled;
  return within({ name: plainFileName(file.name, EXTENSION[target]), blob, kind: target, scaled: sizes });
}

/**
 * The file with the MIME type of what it is: the intake service compares the announced type with
 * the content, and a browser may report a JPEG as `image/pjpeg` or nothing at all.
 */
function withType(file: File, kind: FileKind): Blob {
  return file.type === MIME[kind] ? file : new Blob([file], { type: MIME[kind] });
}
