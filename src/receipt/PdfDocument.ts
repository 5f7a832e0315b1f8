/** One block of a simple document, in reading order; `kind` becomes its tag in the PDF. */
export type PdfBlock = PdfTextBlock | PdfFigure;

/** A heading or a paragraph. */
export interface PdfTextBlock {
  readonly kind: 'H1' | 'H2' | 'H3' | 'P';
  readonly text: string;
  /** Bold, e.g. the label of a label/value pair. Headings are always bold. */
  readonly strong?: boolean;
  /** Space before the block in points (default by kind). */
  readonly spaceBefore?: number;
}

/**
 * A picture made of square modules, such as a QR code: drawn as filled black squares (vector, so
 * it prints and scans sharp at any size), tagged `Figure` with its text alternative.
 */
export interface PdfFigure {
  readonly kind: 'Figure';
  /** Rows of modules, `true` for black; every row as long as there are rows. */
  readonly modules: readonly (readonly boolean[])[];
  /** Width and height on the page, in points. */
  readonly size: number;
  /** What the picture is for, read by screen readers instead of it (`/Alt`). */
  readonly alt: string;
  /** Space before the block in points (default 12). */
  readonly spaceBefore?: number;
}

export interface PdfDocument {
  /** Shown as the window title (`DisplayDocTitle`). */
  readonly title: string;
  /** BCP 47 tag of the text, for screen readers and read-aloud (`/Lang`). */
  readonly lang: string;
  /** Which way the lines run: right to left lines start at the right margin. Left to right if absent. */
  readonly direction?: 'ltr' | 'rtl';
  readonly blocks: readonly PdfBlock[];
}
