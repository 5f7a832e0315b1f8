import type { PdfDocument } from './PdfDocument';
import type { PdfFonts } from './PdfFonts';
import { embeddedFonts } from './embeddedFonts';
import { standardFonts } from './standardFonts';
import { readTrueType } from './trueType';
import { fitsWinAnsi } from './winAnsi';

/**
 * The fonts to embed when a text does not fit the standard fonts, in the order they are tried
 * for each character (`src/receipt/fonts/README.md`): Latin and Cyrillic first, so digits and
 * spaces in an Arabic or Tigrinya text come from the same font as a Latin reference number.
 */
const FONT_FILES: readonly URL[] = [
  new URL('./fonts/NotoSans-Regular.ttf', import.meta.url),
  new URL('./fonts/NotoSansArabic-Regular.ttf', import.meta.url),
  new URL('./fonts/NotoSansEthiopic-Regular.ttf', import.meta.url),
];

/** Reads a font file: on the tablet from the app's own (precached) files, in tests from disk. */
export type LoadFontFile = (url: URL) => Promise<Uint8Array>;

const fetchFontFile: LoadFontFile = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url.pathname} could not be read (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
};

/**
 * The fonts a document needs: the standard ones (nothing to load) when all its text fits WinAnsi,
 * as Dutch and English do; otherwise the embedded fonts, loaded only now.
 */
export async function receiptFonts(document: PdfDocument, load: LoadFontFile = fetchFontFile): Promise<PdfFonts> {
  if (document.blocks.every((block) => block.kind === 'Figure' || fitsWinAnsi(block.text))) return standardFonts();
  const files = await Promise.all(FONT_FILES.map(load));
  return embeddedFonts(files.map(readTrueType), document.direction ?? 'ltr');
}
