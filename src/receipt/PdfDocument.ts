/** One block of a simple text document, in reading order; `kind` becomes its tag in the PDF. */
export interface PdfBlock {
  readonly kind: 'H1' | 'H2' | 'H3' | 'P';
  readonly text: string;
  /** Bold, e.g. the label of a label/value pair. Headings are always bold. */
  readonly strong?: boolean;
  /** Space before the block in points (default by kind). */
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
