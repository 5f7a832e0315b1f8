import { createHash } from 'node:crypto';

/** File contents for tests: real magic bytes followed by filler, of an exact size. */
export function fileBytes(kind: 'pdf' | 'jpeg' | 'png' | 'html' | 'svg' | 'exe' | 'elf' | 'text', size: number): Uint8Array<ArrayBuffer> {
  const heads: Record<typeof kind, Buffer> = {
    pdf: Buffer.from('%PDF-1.7\n'),
    jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    html: Buffer.from('<!doctype html><script>alert(document.cookie)</script>'),
    svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    exe: Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
    elf: Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'),
    text: Buffer.from('gewoon tekst'),
  };
  const head = heads[kind];
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(head.subarray(0, Math.min(head.length, size)), 0);
  // Some variety so two files of one size differ.
  if (size > head.length + 8) new DataView(bytes.buffer).setFloat64(size - 8, Math.random());
  return bytes;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
