import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
// Brings in the types of request.parts().
import type {} from '@fastify/multipart';
import { sniffFileKind, SNIFF_BYTES, type FileKind } from '../../src/wizard';
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

/** One file part, written to a temporary file; every field but `path` describes untrusted input. */
export interface ReceivedFile {
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
  /** The temporary file with the content. */
  readonly path: string;
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
 * Reads a `multipart/form-data` request part by part: the `application` part into memory (at most
 * `maxApplicationBytes`), every file straight to a temporary file while hashing, counting and
 * sniffing it, so memory does not grow with upload size. The moment a limit is passed it stops
 * reading and throws a 413 problem; temporary files of a refused request are removed.
 *
 * @param tmpDir where files are written; on the same disk as the store, so copying is cheap.
 * @param onFile called for every stored temporary file, also when the request fails later, so the
 *   caller can remove it.
 */
export async function receiveMultipart(request: FastifyRequest, limits: UploadLimits, tmpDir: string, onFile: (file: string) => void): Promise<ReceivedSubmission> {
  let applicationText: string | undefined;
  const files: ReceivedFile[] = [];
  const budget = { used: 0 };
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
      onFile(target);
      files.push(await receiveFile(part.file, target, { field: part.fieldname, filename: part.filename, declaredType: part.mimetype }, limits, budget));
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

async function readApplicationPart(stream: NodeJS.ReadableStream, limits: UploadLimits, budget: { used: number }): Promise<string> {
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
  target: string,
  about: Pick<ReceivedFile, 'field' | 'filename' | 'declaredType'>,
  limits: UploadLimits,
  budget: { used: number },
): Promise<ReceivedFile> {
  const hash = createHash('sha256');
  const head = Buffer.alloc(SNIFF_BYTES);
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (size < SNIFF_BYTES) chunk.copy(head, size, 0, Math.min(chunk.length, SNIFF_BYTES - size));
      size += chunk.length;
      budget.used += chunk.length;
      if (size > limits.maxFileBytes) {
        callback(
          new ProblemError('file-too-large', {
            params: { maxMb: Math.floor(limits.maxFileBytes / 1024 / 1024) },
            fieldErrors: [{ field: about.field.slice(0, 100), code: 'file.tooLarge', params: { maxMb: Math.floor(limits.maxFileBytes / 1024 / 1024) } }],
          }),
        );
        return;
      }
      if (budget.used > limits.maxRequestBytes) {
        callback(new ProblemError('request-too-large', { params: { maxMb: Math.floor(limits.maxRequestBytes / 1024 / 1024) } }));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
      reclaimReadBuffers(chunk.length);
    },
  });
  // Temporary files need no fsync: the store copies them into its own transaction, which is durable.
  await pipeline(stream, meter, createWriteStream(target, { flags: 'wx', mode: 0o600 }));
  return { ...about, size, sha256: hash.digest('hex'), kind: sniffFileKind(head.subarray(0, Math.min(size, SNIFF_BYTES))), path: target };
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
