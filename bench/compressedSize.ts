import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes of a set of files: as built, gzip level 9 and brotli quality 11, each file on its own, summed. */
export interface CompressedSize {
  readonly files: readonly string[];
  readonly rawBytes: number;
  readonly gzipBytes: number;
  readonly brotliBytes: number;
}

/**
 * Sizes of `files` (relative to `appDir`) as a server that compresses them would send them: gzip at
 * level 9 and brotli at its maximum quality, as for files compressed once at build time.
 */
export function compressedSize(appDir: string, files: readonly string[]): CompressedSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(appDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
    brotliBytes += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
  }
  return { files, rawBytes, gzipBytes, brotliBytes };
}
