import { describe, expect, it } from 'vitest';
import { formatPostcode, validatePostcode } from '../../../src/validation';

describe('validatePostcode', () => {
  it.each(['1234AB', '1234 AB', '1234 ab', ' 1234  aB ', '1234-AB'])(
    'accepts "%s" and sends it as 1234AB',
    (typed) => {
      expect(validatePostcode(typed)).toEqual({ ok: true, value: '1234AB' });
    },
  );

  it('accepts the lowest and highest postcodes', () => {
    expect(validatePostcode('1000 AA')).toEqual({ ok: true, value: '1000AA' });
    expect(validatePostcode('9999 ZZ')).toEqual({ ok: true, value: '9999ZZ' });
  });

  it('accepts letter pairs that only look like the excluded ones, such as SB and AS', () => {
    expect(validatePostcode('1234 SB')).toEqual({ ok: true, value: '1234SB' });
    expect(validatePostcode('1234 AS')).toEqual({ ok: true, value: '1234AS' });
  });

  it.each(['1234 SA', '1234sd', '1234 Ss'])('rejects "%s" because PostNL never uses SA, SD or SS', (typed) => {
    expect(validatePostcode(typed)).toEqual({ ok: false, code: 'postcode.reservedLetters' });
  });

  it('rejects a postcode that starts with 0', () => {
    expect(validatePostcode('0123 AB')).toEqual({ ok: false, code: 'postcode.leadingZero' });
    expect(validatePostcode('0123')).toEqual({ ok: false, code: 'postcode.leadingZero' });
  });

  it('asks for the letters when only the four digits were typed', () => {
    expect(validatePostcode('1234')).toEqual({ ok: false, code: 'postcode.missingLetters' });
  });

  it.each(['123AB', '12345AB', '1234A', '1234ABC', '1234 A1', 'AB 1234', '1234 ÄB'])(
    'rejects "%s" as the wrong shape',
    (typed) => {
      expect(validatePostcode(typed)).toEqual({ ok: false, code: 'postcode.format' });
    },
  );

  it('reports an empty or blank field as empty', () => {
    expect(validatePostcode('')).toEqual({ ok: false, code: 'postcode.empty' });
    expect(validatePostcode('   ')).toEqual({ ok: false, code: 'postcode.empty' });
  });
});

describe('formatPostcode', () => {
  it('shows the canonical postcode with a space, the way PostNL writes it', () => {
    expect(formatPostcode('1234AB')).toBe('1234 AB');
  });

  it('also formats a postcode as typed', () => {
    expect(formatPostcode(' 1234ab')).toBe('1234 AB');
  });

  it('returns text that is not a postcode unchanged', () => {
    expect(formatPostcode('1234')).toBe('1234');
  });

  it('gives a display form that validates to the same canonical postcode', () => {
    expect(validatePostcode(formatPostcode('1234AB'))).toEqual({ ok: true, value: '1234AB' });
  });
});
