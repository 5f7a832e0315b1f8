import { shapeArabic, type ShapedSign } from './arabicShaping';
import type { PdfFonts } from './PdfFonts';
import type { TrueTypeFont } from './trueType';
import { visualOrder } from './visualOrder';

/** One font's part of a line: a run of glyphs drawn with it. */
interface GlyphRun {
  readonly font: number;
  readonly glyphs: number[];
}

/**
 * TrueType fonts embedded as Type 0 fonts with 2-byte glyph ids (ISO 32000-1, 9.7): each sign is
 * drawn with the first font of `fonts` that has it, so one line may mix scripts (an Arabic
 * sentence with a Latin reference number). Each font is embedded with only the glyphs used, and
 * a ToUnicode map gives back the letters each glyph stands for, so the text can be selected,
 * searched and read aloud. Lines run in `direction`; signs are shaped (`shapeArabic`) and ordered
 * (`visualOrder`) before they are placed. There is no bold font: strong text is drawn with a thin
 * outline around the letters.
 */
export function embeddedFonts(fonts: readonly TrueTypeFont[], direction: 'ltr' | 'rtl'): PdfFonts {
  /** Per font, each glyph used and the text it stands for. */
  const used = fonts.map(() => new Map<number, string>());
  const replacement = fonts.map((font) => font.glyphOf(0xfffd));

  const runsOf = (text: string): GlyphRun[] => {
    const runs: GlyphRun[] = [];
    for (const sign of visualOrder(shapeArabic(text), direction)) {
      const { font, glyph } = glyphFor(sign);
      const last = runs.at(-1);
      if (last?.font === font) last.glyphs.push(glyph);
      else runs.push({ font, glyphs: [glyph] });
    }
    return runs;
  };
  const glyphFor = (sign: ShapedSign): { font: number; glyph: number } => {
    const found = fonts.findIndex((candidate) => candidate.glyphOf(sign.codePoint) !== 0);
    // A character no font has: the first font's replacement sign, standing for the character.
    const font = Math.max(found, 0);
    const glyph = found < 0 ? (replacement[0] ?? 0) : (fonts[found]?.glyphOf(sign.codePoint) ?? 0);
    const glyphs = used[font];
    if (glyphs && !glyphs.has(glyph)) glyphs.set(glyph, sign.source);
    return { font, glyph };
  };
  const advance = (font: number, glyph: number): number => {
    const chosen = fonts[font];
    return chosen ? (chosen.advanceOf(glyph) * 1000) / chosen.unitsPerEm : 0;
  };

  return {
    width: (text, size) => (runsOf(text).reduce((sum, run) => sum + run.glyphs.reduce((width, glyph) => width + advance(run.font, glyph), 0), 0) * size) / 1000,
    show(text, size, strong) {
      const glyphs = runsOf(text)
        .map((run) => `/E${run.font} ${size} Tf <${run.glyphs.map((glyph) => glyph.toString(16).toUpperCase().padStart(4, '0')).join('')}> Tj`)
        .join(' ');
      return strong ? `2 Tr ${(size * 0.035).toFixed(2)} w ${glyphs} 0 Tr` : glyphs;
    },
    objects(first) {
      const objects: string[] = [];
      const resources: string[] = [];
      fonts.forEach((font, index) => {
        const glyphs = used[index];
        if (!glyphs || glyphs.size === 0) return;
        const base = first + objects.length;
        const name = `${subsetTag(index)}+${font.postScriptName}`;
        const widths = [...glyphs.keys()].sort((a, b) => a - b).map((glyph) => `${glyph} [${Math.round(advance(index, glyph))}]`);
        const scale = (value: number) => Math.round((value * 1000) / font.unitsPerEm);
        const program = font.subset(glyphs.keys());
        const hex = Array.from(program, (byte) => byte.toString(16).padStart(2, '0')).join('');
        const toUnicode = unicodeMap(glyphs);
        resources.push(`/E${index} ${base} 0 R`);
        objects.push(
          `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${base + 1} 0 R] /ToUnicode ${base + 4} 0 R >>`,
          `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${base + 2} 0 R /CIDToGIDMap /Identity /DW 0 /W [${widths.join(' ')}] >>`,
          `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [${font.boundingBox.map(scale).join(' ')}] /ItalicAngle 0 /Ascent ${scale(font.ascent)} /Descent ${scale(font.descent)} /CapHeight ${scale(font.capHeight)} /StemV 80 /FontFile2 ${base + 3} 0 R >>`,
          // Hex keeps the file ASCII, as the rest of the writer assumes; a subset is a few KB.
          `<< /Length ${hex.length + 1} /Length1 ${program.length} /Filter /ASCIIHexDecode >>\nstream\n${hex}>\nendstream`,
          `<< /Length ${toUnicode.length} >>\nstream\n${toUnicode}\nendstream`,
        );
      });
      return { resources: `<< ${resources.join(' ')} >>`, objects };
    },
  };
}

/** The six capital letters a subset font's name starts with (ISO 32000-1, 9.6.4), one per font. */
function subsetTag(index: number): string {
  return `HVSUB${String.fromCharCode(65 + (index % 26))}`;
}

/** A ToUnicode CMap (Adobe technical note 5411): each glyph id to the UTF-16 of its letters. */
function unicodeMap(glyphs: ReadonlyMap<number, string>): string {
  const entries = [...glyphs.entries()].sort(([a], [b]) => a - b);
  const utf16 = (text: string) => Array.from({ length: text.length }, (_, at) => text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')).join('');
  const blocks: string[] = [];
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([glyph, text]) => `<${glyph.toString(16).toUpperCase().padStart(4, '0')}> <${utf16(text)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
