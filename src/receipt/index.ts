export type { PdfBlock, PdfDocument, PdfFigure, PdfTextBlock } from './PdfDocument';
export { receiptFonts } from './receiptFonts';
export { writePdf } from './writePdf';
