/**
 * Just enough of a TrueType font for a PDF writer: which glyph draws a character (cmap format 4),
 * how wide it is, the metrics a font descriptor names, and a subset that keeps only the outlines a
 * document uses. Table layouts: https://learn.microsoft.com/en-us/typography/opentype/spec/otff
 */
export interface TrueTypeFont {
  /** The PostScript name (name ID 6), e.g. "NotoSans-Regular". */
  readonly postScriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly boundingBox: readonly [number, number, number, number];
  /** The glyph of a character, or 0 (the font's "missing" glyph) when it has none. */
  glyphOf(codePoint: number): number;
  /** Advance width in font units. */
  advanceOf(glyph: number): number;
  /** The font with every glyph but these (and the parts they are built from) emptied: glyph ids stay. */
  subset(glyphs: Iterable<number>): Uint8Array<ArrayBuffer>;
}

interface Table {
  readonly offset: number;
  readonly length: number;
}

export function readTrueType(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Table>();
  const tableCount = view.getUint16(4);
  for (let index = 0; index < tableCount; index += 1) {
    const record = 12 + 16 * index;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const table = (tag: string): Table => {
    const found = tables.get(tag);
    if (!found) throw new Error(`The font has no ${tag} table`);
    return found;
  };

  const head = table('head').offset;
  const unitsPerEm = view.getUint16(head + 18);
  const boundingBox = [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)] as const;
  const longOffsets = view.getInt16(head + 50) === 1;
  const hhea = table('hhea').offset;
  const metricCount = view.getUint16(hhea + 34);
  const glyphCount = view.getUint16(table('maxp').offset + 4);
  const hmtx = table('hmtx').offset;
  const os2 = tables.get('OS/2');
  const capHeight = os2 && view.getUint16(os2.offset) >= 2 ? view.getInt16(os2.offset + 88) : boundingBox[3];

  const loca = table('loca').offset;
  const glyphStart = (glyph: number) => (longOffsets ? view.getUint32(loca + 4 * glyph) : 2 * view.getUint16(loca + 2 * glyph));
  const glyf = table('glyf').offset;
  const glyphData = (glyph: number) => bytes.subarray(glyf + glyphStart(glyph), glyf + glyphStart(glyph + 1));

  const glyphOf = characterMap(view, table('cmap').offset);

  return {
    postScriptName: postScriptName(view, bytes, table('name').offset),
    unitsPerEm,
    ascent: view.getInt16(hhea + 4),
    descent: view.getInt16(hhea + 6),
    capHeight,
    boundingBox,
    glyphOf,
    advanceOf: (glyph) => view.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1)),
    subset(glyphs) {
      const kept = withComponents(new Set([0, ...glyphs]), glyphData);
      const parts: Uint8Array[] = [];
      const offsets: number[] = [];
      let length = 0;
      for (let glyph = 0; glyph < glyphCount; glyph += 1) {
        offsets.push(length);
        if (!kept.has(glyph)) continue;
        const data = glyphData(glyph);
        parts.push(data, new Uint8Array((4 - (data.length % 4)) % 4));
        length += data.length + ((4 - (data.length % 4)) % 4);
      }
      offsets.push(length);
      const newGlyf = concat(parts, length);
      const newLoca = new Uint8Array(4 * offsets.length);
      const locaView = new DataView(newLoca.buffer);
      offsets.forEach((offset, glyph) => locaView.setUint32(4 * glyph, offset));
      const newHead = bytes.slice(head, head + table('head').length);
      new DataView(newHead.buffer).setUint32(8, 0); // checkSumAdjustment, set below
      new DataView(newHead.buffer).setInt16(50, 1); // loca now holds 32-bit offsets
      const copied = ['hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cmap'].filter((tag) => tables.has(tag));
      const font = writeFont(
        new Map<string, Uint8Array>([
          ['head', newHead],
          ['glyf', newGlyf],
          ['loca', newLoca],
          ...copied.map((tag): [string, Uint8Array] => [tag, bytes.subarray(table(tag).offset, table(tag).offset + table(tag).length)]),
        ]),
      );
      const headOffset = new DataView(font.buffer).getUint32(12 + 16 * [...tablesInOrder(font)].indexOf('head') + 8);
      new DataView(font.buffer).setUint32(headOffset + 8, (0xb1b0afba - checksum(font)) >>> 0);
      return font;
    },
  };
}

/** A glyph built from others (a composite, such as "é" from "e" and the accent) needs those too. */
function withComponents(glyphs: Set<number>, glyphData: (glyph: number) => Uint8Array): Set<number> {
  const pending = [...glyphs];
  while (pending.length > 0) {
    const data = glyphData(pending.pop() ?? 0);
    if (data.length < 10) continue;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (view.getInt16(0) >= 0) continue;
    let at = 10;
    for (;;) {
      const flags = view.getUint16(at);
      const component = view.getUint16(at + 2);
      if (!glyphs.has(component)) {
        glyphs.add(component);
        pending.push(component);
      }
      at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
      if (!(flags & 0x0020)) break;
    }
  }
  return glyphs;
}

/** The Unicode BMP subtable in format 4 (platform 3 encoding 1, or 0/3), as a lookup. */
function characterMap(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let subtable = -1;
  for (let index = 0; index < count; index += 1) {
    const record = cmap + 4 + 8 * index;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    if (view.getUint16(offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) subtable = offset;
  }
  if (subtable < 0) throw new Error('The font has no Unicode character map in format 4');
  const segments = view.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    let low = 0;
    let high = segments - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (view.getUint16(ends + 2 * middle) < codePoint) low = middle + 1;
      else high = middle;
    }
    const start = view.getUint16(starts + 2 * low);
    if (codePoint < start || codePoint > view.getUint16(ends + 2 * low)) return 0;
    const delta = view.getUint16(deltas + 2 * low);
    const rangeOffset = view.getUint16(rangeOffsets + 2 * low);
    if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
    const glyph = view.getUint16(rangeOffsets + 2 * low + rangeOffset + 2 * (codePoint - start));
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  };
}

function postScriptName(view: DataView, bytes: Uint8Array, name: number): string {
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  for (let index = 0; index < count; index += 1) {
    const record = name + 6 + 12 * index;
    if (view.getUint16(record + 6) !== 6) continue;
    const start = strings + view.getUint16(record + 10);
    const raw = bytes.subarray(start, start + view.getUint16(record + 8));
    // Windows names are UTF-16BE; Macintosh names are single bytes.
    const text = view.getUint16(record) === 3 ? String.fromCharCode(...Array.from({ length: raw.length / 2 }, (_, at) => ((raw[2 * at] ?? 0) << 8) | (raw[2 * at + 1] ?? 0))) : String.fromCharCode(...raw);
    return text.replace(/[^A-Za-z0-9-]/g, '');
  }
  return 'Font';
}

/** A font file from its tables: the directory sorted by tag, every table on a 4-byte boundary. */
function writeFont(tables: ReadonlyMap<string, Uint8Array>): Uint8Array<ArrayBuffer> {
  const tags = [...tables.keys()].sort();
  const padded = (length: number) => length + ((4 - (length % 4)) % 4);
  const directory = 12 + 16 * tags.length;
  const total = directory + tags.reduce((sum, tag) => sum + padded(tables.get(tag)?.length ?? 0), 0);
  const font = new Uint8Array(total);
  const view = new DataView(font.buffer);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let offset = directory;
  tags.forEach((tag, index) => {
    const data = tables.get(tag) ?? new Uint8Array();
    font.set(data, offset);
    const record = 12 + 16 * index;
    for (let at = 0; at < 4; at += 1) view.setUint8(record + at, tag.charCodeAt(at));
    view.setUint32(record + 4, checksum(font.subarray(offset, offset + padded(data.length))));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    offset += padded(data.length);
  });
  return font;
}

function* tablesInOrder(font: Uint8Array): Generator<string> {
  const count = (font[4] ?? 0) * 256 + (font[5] ?? 0);
  for (let index = 0; index < count; index += 1) yield String.fromCharCode(...font.subarray(12 + 16 * index, 16 + 16 * index));
}

/** The sum of big-endian 32-bit words, as the font format's checksums are made. */
function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let at = 0; at < data.length; at += 4) {
    sum = (sum + (((data[at] ?? 0) << 24) | ((data[at + 1] ?? 0) << 16) | ((data[at + 2] ?? 0) << 8) | (data[at + 3] ?? 0))) >>> 0;
  }
  return sum;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
