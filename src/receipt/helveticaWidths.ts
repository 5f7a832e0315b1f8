/*
 * Character widths (per 1000 em) of the standard Helvetica and Helvetica-Bold fonts for the
 * printable ASCII range 32–126, from Adobe's AFM files. Every PDF reader has these fonts, so the
 * PDF embeds none; the widths only decide where lines wrap.
 */
const regular = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278,
  584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
  667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const bold = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333,
  584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
  667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
  333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** Widths of the WinAnsi characters outside ASCII that have no ASCII base letter. */
const special: Readonly<Record<string, number>> = { '€': 556, '‘': 222, '’': 222, '‚': 222, '“': 333, '”': 333, '„': 333, '–': 556, '—': 1000, '•': 350, '…': 1000, '°': 400, '×': 584 };

/** The width of `text` in points at `size`, in Helvetica (bold when `strong`). */
export function textWidth(text: string, size: number, strong: boolean): number {
  const table = strong ? bold : regular;
  let units = 0;
  for (const character of text) {
    // "é" is as wide as "e": take the base letter of an accented one.
    const base = character.normalize('NFD')[0] ?? character;
    const code = base.charCodeAt(0);
    units += special[character] ?? (code >= 32 && code <= 126 ? (table[code - 32] ?? 556) : 556);
  }
  return (units * size) / 1000;
}
