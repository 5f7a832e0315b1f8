import { textWidth } from './helveticaWidths';
import type { PdfFonts } from './PdfFonts';
import { pdfString } from './winAnsi';

/** Helvetica and Helvetica-Bold in WinAnsi encoding: nothing embedded, for text that fits WinAnsi (`fitsWinAnsi`). */
export function standardFonts(): PdfFonts {
  return {
    width: textWidth,
    show: (text, size, strong) => `/${strong ? 'F2' : 'F1'} ${size} Tf ${pdfString(text)} Tj`,
    objects: (first) => ({
      resources: `<< /F1 ${first} 0 R /F2 ${first + 1} 0 R >>`,
      objects: [
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
      ],
    }),
  };
}
