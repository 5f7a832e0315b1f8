export type { PdfBlock, PdfDocument } from './PdfDocument';
export { receiptFonts } from './receiptFonts';
export { writePdf } from './writePdf';
