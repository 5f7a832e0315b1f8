// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addIsoDuration } from '../../server/forwarding/zgw/addIsoDuration';
import { untrustedCaseDate, untrustedCaseEmail, untrustedCasePhone, untrustedCaseText } from '../../server/forwarding/zgw/untrustedCaseText';

describe('an extension’s new last day (verlenging.duur added to the due date)', () => {
  it.each([
    ['2026-12-29', 'P6W', '2027-02-09'],
    ['2026-12-29', 'P10D', '2027-01-08'],
    ['2026-01-31', 'P1M', '2026-02-28'],
    ['2028-01-31', 'P1M', '2028-02-29'],
    ['2026-03-15', 'P1Y2M', '2027-05-15'],
    ['2026-03-15', 'PT48H', '2026-03-17'],
  ])('%s plus %s is %s', (date, duration, expected) => {
    expect(addIsoDuration(date, duration)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 'P1D'],
    ['2026-03-01', 'P'],
    ['2026-03-01', 'PT'],
    ['2026-03-01', 'PT5H'],
    ['2026-03-01', '6 weken'],
    ['1 maart', 'P1D'],
  ])('has none for %s plus %s', (date, duration) => {
    expect(addIsoDuration(date, duration)).toBeUndefined();
  });
});

describe('what the case system says, as the status page may show it', () => {
  it('keeps plain text, removes characters that reorder or hide what is shown, trims and cuts', () => {
    expect(untrustedCaseText('  Wij behandelen uw aanvraag.  ', 80)).toBe('Wij behandelen uw aanvraag.');
    expect(untrustedCaseText('abc\u202Edef\u0000\u200B', 80)).toBe('abcdef');
    expect(untrustedCaseText('é'.repeat(100), 30)).toBe('é'.repeat(30));
    expect(untrustedCaseText('regel één\nregel twee', 80, 'lines')).toBe('regel één\nregel twee');
    expect(untrustedCaseText('\u202E', 80)).toBeUndefined();
    expect(untrustedCaseText(42, 80)).toBeUndefined();
  });

  it('takes only real dates, e-mail addresses and phone numbers', () => {
    expect(untrustedCaseDate('2026-12-29')).toBe('2026-12-29');
    expect(untrustedCaseDate('2026-02-30')).toBeUndefined();
    expect(untrustedCaseDate('29-12-2026')).toBeUndefined();
    expect(untrustedCaseEmail('Vergunningen@Gemeente.EXAMPLE')).toBe('Vergunningen@gemeente.example');
    expect(untrustedCaseEmail('javascript:alert(1)')).toBeUndefined();
    expect(untrustedCasePhone('+31 (0)70 123-4567')).toBe('+31 (0)70 123-4567');
    expect(untrustedCasePhone('bel ons')).toBeUndefined();
  });
});
