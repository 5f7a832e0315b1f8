/**
 * Arabic letters take another shape by their neighbours: alone, at the end, at the start or in
 * the middle of a word (and lam with alef becomes one sign). A PDF shows glyphs, not letters, so
 * the writer picks those shapes itself, as the Unicode "presentation forms" the font also maps
 * (https://www.unicode.org/charts/PDF/UFE70.pdf), instead of needing a full OpenType shaper.
 */

/** One sign to draw, and the letters it stands for (what a reader copies or reads aloud). */
export interface ShapedSign {
  readonly codePoint: number;
  readonly source: string;
}

/**
 * Per letter, its isolated form; the final, initial and medial forms follow it. Letters that join
 * on both sides ("dual") have four forms, those that join only to the letter before have two.
 */
const DUAL = 4;
const RIGHT = 2;
const FORMS: ReadonlyMap<number, readonly [isolated: number, count: number]> = new Map([
  [0x0621, [0xfe80, 1]], [0x0622, [0xfe81, RIGHT]], [0x0623, [0xfe83, RIGHT]], [0x0624, [0xfe85, RIGHT]], [0x0625, [0xfe87, RIGHT]],
  [0x0626, [0xfe89, DUAL]], [0x0627, [0xfe8d, RIGHT]], [0x0628, [0xfe8f, DUAL]], [0x0629, [0xfe93, RIGHT]], [0x062a, [0xfe95, DUAL]],
  [0x062b, [0xfe99, DUAL]], [0x062c, [0xfe9d, DUAL]], [0x062d, [0xfea1, DUAL]], [0x062e, [0xfea5, DUAL]], [0x062f, [0xfea9, RIGHT]],
  [0x0630, [0xfeab, RIGHT]], [0x0631, [0xfead, RIGHT]], [0x0632, [0xfeaf, RIGHT]], [0x0633, [0xfeb1, DUAL]], [0x0634, [0xfeb5, DUAL]],
  [0x0635, [0xfeb9, DUAL]], [0x0636, [0xfebd, DUAL]], [0x0637, [0xfec1, DUAL]], [0x0638, [0xfec5, DUAL]], [0x0639, [0xfec9, DUAL]],
  [0x063a, [0xfecd, DUAL]], [0x0641, [0xfed1, DUAL]], [0x0642, [0xfed5, DUAL]], [0x0643, [0xfed9, DUAL]], [0x0644, [0xfedd, DUAL]],
  [0x0645, [0xfee1, DUAL]], [0x0646, [0xfee5, DUAL]], [0x0647, [0xfee9, DUAL]], [0x0648, [0xfeed, RIGHT]], [0x0649, [0xfeef, RIGHT]],
  [0x064a, [0xfef1, DUAL]],
]);
/** The joining stroke (tatweel) joins on both sides and keeps its one shape. */
const TATWEEL = 0x0640;
const LAM = 0x0644;
/** Lam followed by these alefs: the isolated ligature; the final one follows it. */
const LAM_ALEF: ReadonlyMap<number, number> = new Map([
  [0x0622, 0xfef5],
  [0x0623, 0xfef7],
  [0x0625, 0xfef9],
  [0x0627, 0xfefb],
]);

/** Vowel signs and other marks sit on a letter and do not break its joining. */
function isTransparent(codePoint: number): boolean {
  return (codePoint >= 0x064b && codePoint <= 0x065f) || codePoint === 0x0670 || (codePoint >= 0x06d6 && codePoint <= 0x06ed);
}

function joinsForward(codePoint: number | undefined): boolean {
  return codePoint === TATWEEL || (codePoint !== undefined && FORMS.get(codePoint)?.[1] === DUAL);
}

function joinsBackward(codePoint: number | undefined): boolean {
  return codePoint === TATWEEL || (codePoint !== undefined && (FORMS.get(codePoint)?.[1] ?? 1) > 1);
}

/** The signs to draw for `text`, in reading (logical) order; text without Arabic comes back one sign per character. */
export function shapeArabic(text: string): ShapedSign[] {
  const codePoints = Array.from(text, (character) => character.codePointAt(0) ?? 0);
  const neighbour = (from: number, step: 1 | -1): number | undefined => {
    for (let at = from + step; at >= 0 && at < codePoints.length; at += step) {
      const codePoint = codePoints[at] ?? 0;
      if (!isTransparent(codePoint)) return codePoint;
    }
    return undefined;
  };
  const signs: ShapedSign[] = [];
  for (let at = 0; at < codePoints.length; at += 1) {
    const codePoint = codePoints[at] ?? 0;
    const forms = FORMS.get(codePoint);
    if (!forms) {
      signs.push({ codePoint, source: String.fromCodePoint(codePoint) });
      continue;
    }
    const joinedBefore = joinsForward(neighbour(at, -1));
    const next = codePoints[at + 1];
    const ligature = codePoint === LAM && next !== undefined ? LAM_ALEF.get(next) : undefined;
    if (ligature !== undefined) {
      signs.push({ codePoint: ligature + (joinedBefore ? 1 : 0), source: String.fromCodePoint(codePoint, next ?? 0) });
      at += 1;
      continue;
    }
    const [isolated, count] = forms;
    const joinedAfter = count === DUAL && joinsBackward(neighbour(at, 1));
    const form = count === 1 ? 0 : joinedBefore ? (joinedAfter ? 3 : 1) : joinedAfter ? 2 : 0;
    signs.push({ codePoint: isolated + form, source: String.fromCodePoint(codePoint) });
  }
  return signs;
}
