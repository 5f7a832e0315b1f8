export type { PdfBlock, PdfDocument } from './PdfDocument';
export { writePdf } from './writePdf';
