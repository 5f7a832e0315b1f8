import type { ShapedSign } from './arabicShaping';

/**
 * The order in which a line's signs stand on paper, left to right, for a PDF that places glyphs
 * one after another. A reduced form of the Unicode bidirectional algorithm
 * (https://www.unicode.org/reports/tr9/) that is enough for a receipt: right-to-left letters
 * (Arabic, Hebrew) and left-to-right ones (Latin, Cyrillic, Ge'ez) each keep their own order,
 * numbers read left to right, and spaces and punctuation go with the letters around them, or with
 * the paragraph's direction between a left-to-right and a right-to-left run. No embedding levels.
 */
export function visualOrder(signs: readonly ShapedSign[], direction: 'ltr' | 'rtl'): ShapedSign[] {
  const strong = signs.map((sign) => strongDirection(sign.codePoint));
  const resolved = strong.map((own, at) => {
    if (own) return own;
    const before = nearest(strong, at, -1) ?? direction;
    const after = nearest(strong, at, 1) ?? direction;
    return before === after ? before : direction;
  });
  const runs: { direction: 'ltr' | 'rtl'; signs: ShapedSign[] }[] = [];
  signs.forEach((sign, at) => {
    const runDirection = resolved[at] ?? direction;
    const shown = runDirection === 'rtl' ? mirrored(sign) : sign;
    const last = runs.at(-1);
    if (last?.direction === runDirection) last.signs.push(shown);
    else runs.push({ direction: runDirection, signs: [shown] });
  });
  const ordered = direction === 'rtl' ? runs.reverse() : runs;
  return ordered.flatMap((run) => (run.direction === 'rtl' ? run.signs.reverse().map(inVisualOrder) : run.signs));
}

/**
 * A sign that stands for several letters (lam-alef) keeps them in visual order too: readers that
 * extract text (pdftotext, pdf.js) turn a right-to-left run back into reading order character by
 * character, the letters a glyph stands for included.
 */
function inVisualOrder(sign: ShapedSign): ShapedSign {
  return sign.source.length > 1 ? { ...sign, source: Array.from(sign.source).reverse().join('') } : sign;
}

function nearest(strong: readonly ('ltr' | 'rtl' | undefined)[], from: number, step: 1 | -1): 'ltr' | 'rtl' | undefined {
  for (let at = from + step; at >= 0 && at < strong.length; at += step) {
    const found = strong[at];
    if (found) return found;
  }
  return undefined;
}

/** Letters of right-to-left scripts; digits and letters of every other script read left to right; the rest is neutral. */
function strongDirection(codePoint: number): 'ltr' | 'rtl' | undefined {
  if ((codePoint >= 0x0590 && codePoint <= 0x08ff) || (codePoint >= 0xfb1d && codePoint <= 0xfdff) || (codePoint >= 0xfe70 && codePoint <= 0xfefc)) {
    // Arabic-Indic digits read left to right as numbers do; Arabic punctuation is neutral.
    if (codePoint >= 0x0660 && codePoint <= 0x0669) return 'ltr';
    if (codePoint === 0x060c || codePoint === 0x061b || codePoint === 0x061f || codePoint === 0x066b || codePoint === 0x066c) return undefined;
    if (codePoint >= 0x064b && codePoint <= 0x065f) return undefined;
    return 'rtl';
  }
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(codePoint)) ? 'ltr' : undefined;
}

const MIRRORS: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };

/** In a right-to-left run an opening bracket must look like ")" on paper (Unicode's mirrored characters). */
function mirrored(sign: ShapedSign): ShapedSign {
  const mirror = MIRRORS[sign.source];
  return mirror ? { codePoint: mirror.codePointAt(0) ?? sign.codePoint, source: sign.source } : sign;
}
