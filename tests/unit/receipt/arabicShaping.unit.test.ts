import { describe, expect, it } from 'vitest';
import { shapeArabic } from '../../../src/receipt/arabicShaping';
import { visualOrder } from '../../../src/receipt/visualOrder';

const codes = (text: string) => shapeArabic(text).map((sign) => sign.codePoint.toString(16));

describe('Arabic shaping', () => {
  it('gives a letter its isolated, initial, medial and final form by its neighbours', () => {
    // beh alone; beh-beh-beh: initial, medial, final.
    expect(codes('ب')).toEqual(['fe8f']);
    expect(codes('ببب')).toEqual(['fe91', 'fe92', 'fe90']);
  });

  it('does not join a letter after one that joins only backwards (alef, dal, reh, waw)', () => {
    // alef then beh: alef isolated, beh isolated (alef does not join forwards).
    expect(codes('اب')).toEqual(['fe8d', 'fe8f']);
    // beh then alef: beh initial, alef final.
    expect(codes('با')).toEqual(['fe91', 'fe8e']);
  });

  it('draws lam with alef as one sign that stands for both letters', () => {
    const signs = shapeArabic('لا');
    expect(signs).toEqual([{ codePoint: 0xfefb, source: 'لا' }]);
    // After a joining letter the ligature takes its final form.
    expect(codes('سلا')).toEqual(['feb3', 'fefc']);
  });

  it('lets vowel marks sit on a letter without breaking its joining', () => {
    // beh, fatha, beh: still initial and final.
    expect(codes('بَب')).toEqual(['fe91', '64e', 'fe90']);
  });

  it('leaves text without Arabic as it is', () => {
    expect(shapeArabic('GV-1').map((sign) => sign.source).join('')).toBe('GV-1');
  });
});

describe('visual order', () => {
  const shown = (text: string, direction: 'ltr' | 'rtl') =>
    visualOrder(shapeArabic(text).map((sign) => ({ ...sign, codePoint: sign.source.codePointAt(0) ?? 0 })), direction)
      .map((sign) => sign.source)
      .join('');

  it('reverses a right-to-left line but keeps numbers and Latin words in their own order', () => {
    expect(shown('رقم GV-2026-12', 'rtl')).toBe('GV-2026-12 مقر');
  });

  it('keeps a left-to-right line, turning only an Arabic name around', () => {
    expect(shown('Naam: سلام (ok)', 'ltr')).toBe('Naam: مالس (ok)');
  });

  it('mirrors brackets in a right-to-left run', () => {
    const signs = visualOrder(shapeArabic('(نعم)'), 'rtl');
    expect(String.fromCodePoint(...signs.map((sign) => sign.codePoint)).startsWith('(')).toBe(true);
    expect(signs[0]?.source).toBe(')');
  });
});
