import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
// Brings in the types of request.parts().
import type {} from '@fastify/multipart';
import { sniffFileKind, SNIFF_BYTES, type FileKind } from '../../src/wizard';
import type { FileBytes } from '../applications/ApplicationStore';
import { ProblemError } from '../problems/ProblemError';
import { reclaimReadBuffers } from './reclaimReadBuffers';

/** Limits enforced while the request streams in; all in bytes except `maxFiles`. */
export interface UploadLimits {
  readonly maxApplicationBytes: number;
  readonly maxFileBytes: number;
  /** The application part and all files together. */
  readonly maxRequestBytes: number;
  readonly maxFiles: number;
}

/**
 * One file part, in memory or written to a temporary file (`FileBytes`); every other field
 * describes untrusted input.
 */
export type ReceivedFile = ReceivedFileFacts & FileBytes;

/** What a file part said about itself, and what it was found to be. */
export interface ReceivedFileFacts {
  /** The part's name: the id of the question it claims to answer. */
  readonly field: string;
  /** The file name as sent; metadata only, never used as a path. */
  readonly filename: string;
  /** The part's declared `Content-Type`; not trusted, `kind` is. */
  readonly declaredType: string;
  /** Bytes. */
  readonly size: number;
  /** SHA-256 of the content, hex. */
  readonly sha256: string;
  /** What the content is, by its first bytes; `undefined` for anything we never accept. */
  readonly kind: FileKind | undefined;
}

/** A request's parts, received within the limits. */
export interface ReceivedSubmission {
  /** The `application` part as text (UTF-8). */
  readonly applicationText: string;
  readonly files: readonly ReceivedFile[];
  /** Bytes of the application part and all files. */
  readonly bytes: number;
}

/** Name of the JSON part; it must come first so the files can be judged against it. */
export const APPLICATION_PART = 'application';

/**
 * Bytes of one request's files that are kept in memory instead of a temporary file (bytes): the
 * files of most applications (a photo, a scan of a few kB) fit, and each then costs no file to
 * create, write, read back in the store's transaction and remove (measured: about a fifth of the
 * service's time for the parking-card example). A file that does not fit goes to disk from the
 * piece that passes it on, what was held of it first, so memory per request stays at most this,
 * however large the upload.
 */
export const IN_MEMORY_FILE_BYTES = 256 * 1024;

/**
 * Reads a `multipart/form-data` request part by part: the `application` part into memory (at most
 * `maxApplicationBytes`), every file while hashing, counting and sniffing it: into memory while the
 * request's files together fit in `IN_MEMORY_FILE_BYTES`, else straight to a temporary file, so
 * memory does not grow with upload size. The moment a limit is passed it stops
 * reading and throws a 413 problem; temporary files of a refused request are removed.
 *
 * @param tmpDir where files are written; on the same disk as the store, so copying is cheap.
 * @param onFile called for every temporary file before it is made, also when the request fails
 *   later, so the caller can remove it.
 */
export async function receiveMultipart(request: FastifyRequest, limits: UploadLimits, tmpDir: string, onFile: (file: string) => void): Promise<ReceivedSubmission> {
  let applicationText: string | undefined;
  const files: ReceivedFile[] = [];
  const budget: Budget = { used: 0, inMemory: 0 };
  try {
    for await (const part of request.parts()) {
      // Every part is a file stream (isPartAFile in app.ts), so no part is ever buffered by the parser.
      if (part.type !== 'file') throw new ProblemError('multipart-malformed');
      if (applicationText === undefined) {
        if (part.fieldname !== APPLICATION_PART) throw new ProblemError('application-part-missing');
        applicationText = await readApplicationPart(part.file, limits, budget);
        continue;
      }
      // A file part names its question and its file (RFC 7578 §4.2, §4.4); one without either,
      // or a second application part, is a broken request, not a file to judge.
      if (!part.fieldname || !part.filename || part.fieldname === APPLICATION_PART) throw new ProblemError('multipart-malformed');
      if (files.length >= limits.maxFiles) throw new ProblemError('too-many-files', { params: { max: limits.maxFiles } });
      const target = path.join(tmpDir, randomUUID());
      files.push(await receiveFile(part.file, { target, onFile }, { field: part.fieldname, filename: part.filename, declaredType: part.mimetype }, limits, budget));
    }
  } catch (error) {
    throw asProblem(error, limits);
  }
  if (applicationText === undefined) throw new ProblemError('application-part-missing');
  return { applicationText, files, bytes: budget.used };
}

/**
 * Removes a temporary file; a file that is already gone is fine. One `unlink`, not `rm`, which
 * first asks `lstat` what the path is: every application's files pass through here.
 */
export async function removeTemporaryFile(file: string): Promise<void> {
  await unlink(file).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  });
}

/** What one request has used so far (bytes): in all, and of `IN_MEMORY_FILE_BYTES`. */
interface Budget {
  used: number;
  inMemory: number;
}

async function readApplicationPart(stream: NodeJS.ReadableStream, limits: UploadLimits, budget: Budget): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    budget.used += chunk.length;
    if (size > limits.maxApplicationBytes) {
      throw new ProblemError('application-too-large', { params: { maxKb: Math.floor(limits.maxApplicationBytes / 1024) } });
    }
    // The application counts towards the whole request's limit, as its files do.
    if (budget.used > limits.maxRequestBytes) {
      throw new ProblemError('request-too-large', { params: { maxMb: Math.floor(limits.maxRequestBytes / 1024 / 1024) } });
    }
    chunks.push(chunk);
  }
  try {
    // fatal: a byte sequence that is not UTF-8 is refused, not silently replaced.
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ProblemError('application-not-json');
  }
}

async function receiveFile(
  stream: NodeJS.ReadableStream,
  spill: { readonly target: string; readonly onFile: (file: string) => void },
  about: Pick<ReceivedFileFacts, 'field' | 'filename' | 'declaredType'>,
  limits: UploadLimits,
  budget: Budget,
): Promise<ReceivedFile> {
  const hash = createHash('sha256');
  const head = Buffer.alloc(SNIFF_BYTES);
  let size = 0;
  const sink = new FileSink(IN_MEMORY_FILE_BYTES - budget.inMemory, spill.target, spill.onFile);
  // A loop, not stream.pipeline: each pipeline ends by aborting an AbortController of its own,
  // which makes a DOMException with a stack trace (about 3% of the service's time, two files per
  // application). Leaving the loop early (a limit) destroys the part's stream, as pipeline did.
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (size < SNIFF_BYTES) chunk.copy(head, size, 0, Math.min(chunk.length, SNIFF_BYTES - size));
      size += chunk.length;
      budget.used += chunk.length;
      if (size > limits.maxFileBytes) {
        throw new ProblemError('file-too-large', {
          params: { maxMb: Math.floor(limits.maxFileBytes / 1024 / 1024) },
          fieldErrors: [{ field: about.field.slice(0, 100), code: 'file.tooLarge', params: { maxMb: Math.floor(limits.maxFileBytes / 1024 / 1024) } }],
        });
      }
      if (budget.used > limits.maxRequestBytes) {
        throw new ProblemError('request-too-large', { params: { maxMb: Math.floor(limits.maxRequestBytes / 1024 / 1024) } });
      }
      hash.update(chunk);
      await sink.add(chunk);
      reclaimReadBuffers(chunk.length);
    }
    const bytes = await sink.finish();
    if (bytes.bytes) budget.inMemory += size;
    return { ...about, size, sha256: hash.digest('hex'), kind: sniffFileKind(head.subarray(0, Math.min(size, SNIFF_BYTES))), ...bytes };
  } catch (error) {
    await sink.abandon();
    throw error;
  }
}

/**
 * Where a file part's bytes go: memory, as long as the whole file fits in `room`; from the first
 * piece that does not, a temporary file (`target`, announced to `onFile` before it is made), with
 * the pieces held so far written first.
 */
class FileSink {
  private held: Buffer[] = [];
  private heldBytes = 0;
  private file: WriteStream | undefined;
  /** The temporary file's error, kept until the next `add` or `finish` throws it. */
  private failure: Error | undefined;

  constructor(
    private readonly room: number,
    private readonly target: string,
    private readonly onFile: (file: string) => void,
  ) {}

  /** Takes one piece; waits while the temporary file has as much as it buffers. */
  async add(chunk: Buffer): Promise<void> {
    if (!this.file && this.heldBytes + chunk.length <= this.room) {
      this.held.push(chunk);
      this.heldBytes += chunk.length;
      return;
    }
    const file = this.file ?? this.spill();
    if (this.failure) throw this.failure;
    // `once` rejects when the file fails instead of draining.
    if (!file.write(chunk)) await once(file, 'drain');
  }

  /** After the last piece: the bytes, or the temporary file with them once it is written and closed. */
  async finish(): Promise<FileBytes> {
    // A copy of exactly the file's bytes: the pieces are views into the parser's larger read buffers.
    if (!this.file) return { bytes: Buffer.concat(this.held, this.heldBytes) };
    if (this.failure) throw this.failure;
    await finished(this.file.end());
    return { path: this.target };
  }

  /** After a failure: stops writing and waits until the temporary file is closed, so it can be removed. */
  async abandon(): Promise<void> {
    this.held = [];
    if (!this.file) return;
    this.file.destroy();
    await finished(this.file).catch(() => undefined);
  }

  private spill(): WriteStream {
    this.onFile(this.target);
    // Temporary files need no fsync: the store copies them into its own transaction, which is durable.
    const file = createWriteStream(this.target, { flags: 'wx', mode: 0o600 });
    file.on('error', (error) => {
      this.failure = error;
    });
    for (const piece of this.held) file.write(piece);
    this.held = [];
    this.heldBytes = 0;
    this.file = file;
    return file;
  }
}

/**
 * The parser's errors as problems: its limits are ours (413); a failing disk (a system error such
 * as ENOSPC while writing the temporary file) is ours to fix (503); anything else the parser
 * raises means the request is malformed (400).
 */
function asProblem(error: unknown, limits: UploadLimits): ProblemError {
  if (error instanceof ProblemError) return error;
  const { code, syscall } = typeof error === 'object' && error !== null ? (error as { code?: unknown; syscall?: unknown }) : {};
  if (typeof syscall === 'string') return new ProblemError('storage-unavailable');
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') return new ProblemError('too-many-files', { params: { max: limits.maxFiles } });
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new ProblemError('request-too-large', { params: { maxMb: Math.floor(limits.maxRequestBytes / 1024 / 1024) } });
  return new ProblemError('multipart-malformed');
}
