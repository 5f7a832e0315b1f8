import { describe, expect, it } from 'vitest';
import { validateDutchPhone } from '../../../src/validation';

describe('validateDutchPhone', () => {
  it.each([
    ['0612345678', '+31612345678'],
    ['06-12345678', '+31612345678'],
    ['06 12 34 56 78', '+31612345678'],
    ['020-123 45 67', '+31201234567'],
    ['(020) 123 45 67', '+31201234567'],
    ['020.123.45.67', '+31201234567'],
    ['020/1234567', '+31201234567'],
    ['+31 6 12345678', '+31612345678'],
    ['0031 6 12345678', '+31612345678'],
  ])('accepts the Dutch number "%s" and sends it as %s', (typed, canonical) => {
    expect(validateDutchPhone(typed)).toEqual({ ok: true, value: canonical });
  });

  it('accepts the notation +31 (0)20 … and drops the (0)', () => {
    expect(validateDutchPhone('+31 (0)20 123 4567')).toEqual({ ok: true, value: '+31201234567' });
  });

  it('accepts +31 followed by the 0 of the national number', () => {
    expect(validateDutchPhone('+31 06 12345678')).toEqual({ ok: true, value: '+31612345678' });
  });

  it('accepts its own canonical output unchanged', () => {
    expect(validateDutchPhone('+31612345678')).toEqual({ ok: true, value: '+31612345678' });
  });

  it('rejects a Dutch number with too few or too many digits', () => {
    expect(validateDutchPhone('06 1234567')).toEqual({ ok: false, code: 'phone.length' });
    expect(validateDutchPhone('06 123456789')).toEqual({ ok: false, code: 'phone.length' });
    expect(validateDutchPhone('+31 6 1234567')).toEqual({ ok: false, code: 'phone.length' });
  });

  it('rejects a number that starts with neither 0 nor +', () => {
    expect(validateDutchPhone('612345678')).toEqual({ ok: false, code: 'phone.format' });
  });

  it('treats +0… and a lone + as a typo, not as a foreign number', () => {
    expect(validateDutchPhone('+0 12345678')).toEqual({ ok: false, code: 'phone.format' });
    expect(validateDutchPhone('+')).toEqual({ ok: false, code: 'phone.format' });
  });

  it('rejects a Dutch number whose first digit after the country code is 0 twice', () => {
    expect(validateDutchPhone('+31 00 1234 5678')).toEqual({ ok: false, code: 'phone.format' });
  });

  it('rejects letters and other characters', () => {
    expect(validateDutchPhone('06-1234567a')).toEqual({ ok: false, code: 'phone.characters' });
    expect(validateDutchPhone('06+12345678')).toEqual({ ok: false, code: 'phone.characters' });
  });

  it('reports an empty or blank field as empty', () => {
    expect(validateDutchPhone('')).toEqual({ ok: false, code: 'phone.empty' });
    expect(validateDutchPhone(' - ')).toEqual({ ok: false, code: 'phone.empty' });
  });

  describe('when international numbers are not allowed (the default)', () => {
    it('rejects a foreign number and asks for a Dutch one', () => {
      expect(validateDutchPhone('+32 2 123 45 67')).toEqual({ ok: false, code: 'phone.notDutch' });
      expect(validateDutchPhone('0032 2 123 45 67', { allowInternational: false })).toEqual({
        ok: false,
        code: 'phone.notDutch',
      });
    });
  });

  describe('when international numbers are allowed, for people who live abroad', () => {
    const options = { allowInternational: true };

    it.each([
      ['+32 2 123 45 67', '+3221234567'],
      ['0032 2 123 45 67', '+3221234567'],
      ['+44 (20) 7946-0958', '+442079460958'],
    ])('accepts "%s" and sends it as %s', (typed, canonical) => {
      expect(validateDutchPhone(typed, options)).toEqual({ ok: true, value: canonical });
    });

    it('still checks Dutch numbers strictly and sends them as +31', () => {
      expect(validateDutchPhone('06 12345678', options)).toEqual({ ok: true, value: '+31612345678' });
      expect(validateDutchPhone('+31 6 1234567', options)).toEqual({ ok: false, code: 'phone.length' });
    });

    it('accepts its own canonical output unchanged', () => {
      expect(validateDutchPhone('+3221234567', options)).toEqual({ ok: true, value: '+3221234567' });
    });

    it('accepts 8 to 15 digits in total and rejects fewer or more', () => {
      expect(validateDutchPhone('+32123456', options)).toEqual({ ok: true, value: '+32123456' });
      expect(validateDutchPhone('+321234567890123', options)).toEqual({ ok: true, value: '+321234567890123' });
      expect(validateDutchPhone('+3212345', options)).toEqual({ ok: false, code: 'phone.internationalLength' });
      expect(validateDutchPhone('+3212345678901234', options)).toEqual({
        ok: false,
        code: 'phone.internationalLength',
      });
    });

    it('rejects a country code that starts with 0', () => {
      expect(validateDutchPhone('+0 12345678', options)).toEqual({ ok: false, code: 'phone.format' });
      expect(validateDutchPhone('+', options)).toEqual({ ok: false, code: 'phone.format' });
    });
  });
});
