/** Pieces of `bytes`, each at most `chunkBytes` long, as views (no copies); none for no bytes. */
export function* bytesInChunks(bytes: Buffer, chunkBytes: number): Generator<Buffer> {
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) yield bytes.subarray(offset, offset + chunkBytes);
}
