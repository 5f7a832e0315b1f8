/**
 * What the PDF writer needs of its fonts: how wide a text is, the operators that show it at the
 * current text position, and the font objects the pages refer to. Two kinds: the standard fonts
 * every reader has (`standardFonts`), and fonts embedded for other scripts (`embeddedFonts`).
 */
export interface PdfFonts {
  /** Width of `text` in points at `size`. */
  width(text: string, size: number, strong: boolean): number;
  /** Operators inside `BT … ET` that show `text` (one line) from the current text position. */
  show(text: string, size: number, strong: boolean): string;
  /**
   * The font objects, numbered from `first` (called once, after every text was shown, so an
   * embedded font holds just the glyphs used), and the `/Font` resource dictionary naming them.
   */
  objects(first: number): { readonly resources: string; readonly objects: readonly string[] };
}
