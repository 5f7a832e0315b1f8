import { describe, expect, it } from 'vitest';
import { formatIban, validateIban } from '../../../src/validation';

describe('validateIban', () => {
  it('accepts the Dutch test IBAN', () => {
    expect(validateIban('NL91ABNA0417164300')).toEqual({ ok: true, value: 'NL91ABNA0417164300' });
  });

  it('accepts an IBAN typed in lower case, in groups, with surrounding spaces', () => {
    expect(validateIban(' nl91 abna 0417 1643 00 ')).toEqual({ ok: true, value: 'NL91ABNA0417164300' });
    expect(validateIban('NL91-ABNA-0417-1643-00')).toEqual({ ok: true, value: 'NL91ABNA0417164300' });
  });

  it.each([
    'GB82WEST12345698765432',
    'DE89370400440532013000',
    'BE68539007547034',
    'FR1420041010050500013M02606',
    'NO9386011117947',
  ])('accepts the foreign IBAN %s', (iban) => {
    expect(validateIban(iban)).toEqual({ ok: true, value: iban });
  });

  it('rejects an IBAN with wrong check digits', () => {
    expect(validateIban('NL92ABNA0417164300')).toEqual({ ok: false, code: 'iban.checksum' });
    expect(validateIban('GB83WEST12345698765432')).toEqual({ ok: false, code: 'iban.checksum' });
  });

  it('rejects an IBAN with two digits swapped', () => {
    expect(validateIban('NL91ABNA0417164330')).toEqual({ ok: false, code: 'iban.checksum' });
  });

  it('rejects check digits 00, 01 and 99, which ISO 13616 does not allow even when mod 97 is 1', () => {
    // Each pair below has the same mod-97 remainder; only the second of each pair is a real IBAN.
    expect(validateIban('NL00ABNA0000000075')).toEqual({ ok: false, code: 'iban.checksum' });
    expect(validateIban('NL97ABNA0000000075')).toEqual({ ok: true, value: 'NL97ABNA0000000075' });
    expect(validateIban('NL01ABNA0000000057')).toEqual({ ok: false, code: 'iban.checksum' });
    expect(validateIban('NL98ABNA0000000057')).toEqual({ ok: true, value: 'NL98ABNA0000000057' });
    expect(validateIban('NL99ABNA0000000039')).toEqual({ ok: false, code: 'iban.checksum' });
    expect(validateIban('NL02ABNA0000000039')).toEqual({ ok: true, value: 'NL02ABNA0000000039' });
  });

  it('reports the length of a Dutch IBAN that is not 18 characters', () => {
    expect(validateIban('NL91ABNA041716430')).toEqual({ ok: false, code: 'iban.lengthNl', params: { length: 17 } });
    expect(validateIban('NL91ABNA04171643001')).toEqual({ ok: false, code: 'iban.lengthNl', params: { length: 19 } });
  });

  it('rejects a Dutch IBAN without 4 bank letters followed by 10 digits', () => {
    expect(validateIban('NL91ABN00417164300')).toEqual({ ok: false, code: 'iban.formatNl' });
    expect(validateIban('NL91ABNA041716430X')).toEqual({ ok: false, code: 'iban.formatNl' });
  });

  it('rejects a foreign IBAN shorter than 15 or longer than 34 characters', () => {
    expect(validateIban('NO938601111794')).toEqual({ ok: false, code: 'iban.length', params: { length: 14 } });
    expect(validateIban(`DE89${'1'.repeat(31)}`)).toEqual({ ok: false, code: 'iban.length', params: { length: 35 } });
  });

  it('rejects an IBAN that does not start with 2 letters and 2 digits', () => {
    expect(validateIban('0417164300')).toEqual({ ok: false, code: 'iban.format' });
    expect(validateIban('NLABNA0417164300')).toEqual({ ok: false, code: 'iban.format' });
  });

  it('rejects characters other than letters and digits', () => {
    expect(validateIban('NL91.ABNA.0417.1643.00')).toEqual({ ok: false, code: 'iban.characters' });
  });

  it('reports an empty or blank field as empty', () => {
    expect(validateIban('')).toEqual({ ok: false, code: 'iban.empty' });
    expect(validateIban('  ')).toEqual({ ok: false, code: 'iban.empty' });
  });
});

describe('formatIban', () => {
  it('shows an IBAN in groups of four', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
  });

  it('also formats an IBAN as typed', () => {
    expect(formatIban('nl91abna0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });

  it('returns text that is not a valid IBAN unchanged', () => {
    expect(formatIban('NL92ABNA0417164300')).toBe('NL92ABNA0417164300');
  });

  it('gives a display form that validates to the same canonical IBAN', () => {
    expect(validateIban(formatIban('NL91ABNA0417164300'))).toEqual({ ok: true, value: 'NL91ABNA0417164300' });
  });
});
