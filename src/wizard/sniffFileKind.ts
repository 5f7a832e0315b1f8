import type { FileKind } from './definition';

/** Bytes of a file's start needed to recognise it. */
export const SNIFF_BYTES = 8;

const signatures: ReadonlyArray<{ readonly kind: FileKind; readonly bytes: readonly number[] }> = [
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/**
 * What a file is, judged by its first bytes (its "magic number"), never by its name or declared
 * type: both are chosen by the sender. Only kinds a question can accept are recognised; anything
 * else (HTML, SVG, executables starting with `MZ` or `\x7FELF`, archives) is `undefined` and
 * therefore refused, whatever it calls itself (WHATWG MIME Sniffing §7 lists these signatures).
 *
 * @param head the first {@link SNIFF_BYTES} bytes of the file (fewer for a shorter file).
 */
export function sniffFileKind(head: Uint8Array): FileKind | undefined {
  return signatures.find(({ bytes }) => head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte))?.kind;
}
