export type { PdfBlock, PdfDocument, PdfFigure, PdfTextBlock } from './PdfDocument';
export { writePdf } from './writePdf';
