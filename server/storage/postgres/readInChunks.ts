import { open } from 'node:fs/promises';

/**
 * Reads the first `size` bytes of `file` piece by piece, each at most `chunkBytes` long, and hands
 * each to `write`, waiting for it before the next read, so memory stays at one chunk however large
 * the file is. The buffer is reused: `write` must be done with it when its promise resolves (a
 * node-postgres query is: its parameters were sent before the answer came).
 * @throws when the file is missing or shorter than `size`.
 */
export async function readInChunks(file: string, size: number, chunkBytes: number, write: (sequence: number, data: Buffer) => Promise<void>): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(chunkBytes, Math.max(size, 1)));
    let offset = 0;
    for (let sequence = 0; offset < size; sequence += 1) {
      // From where the last read ended (position null), so a pipe works as well as a file.
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - offset), null);
      if (bytesRead === 0) throw new Error('Temporary file is shorter than received');
      await write(sequence, buffer.subarray(0, bytesRead));
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
