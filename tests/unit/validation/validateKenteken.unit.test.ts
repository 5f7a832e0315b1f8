import { describe, expect, it } from 'vitest';
import { formatKenteken, validateKenteken } from '../../../src/validation';

/** One plate per RDW side code 1–14, as shown on the plate. */
const platesBySideCode = [
  'AB-12-34',
  '12-34-AB',
  '12-AB-34',
  'AB-12-CD',
  'AB-CD-12',
  '12-AB-CD',
  '12-ABC-3',
  '1-ABC-23',
  'AB-123-C',
  'A-123-BC',
  'ABC-12-D',
  'A-12-BCD',
  '1-AB-234',
  '123-AB-4',
];

describe('validateKenteken', () => {
  it.each(platesBySideCode)('accepts %s and sends it without dashes', (plate) => {
    expect(validateKenteken(plate)).toEqual({ ok: true, value: plate.replace(/-/g, '') });
  });

  it('accepts lower case, spaces and dashes in other places', () => {
    expect(validateKenteken(' ab 123 c ')).toEqual({ ok: true, value: 'AB123C' });
    expect(validateKenteken('ab1-23c')).toEqual({ ok: true, value: 'AB123C' });
  });

  it('accepts its own canonical output unchanged', () => {
    expect(validateKenteken('AB123C')).toEqual({ ok: true, value: 'AB123C' });
  });

  it('accepts vowels and C and Q, which older, royal, diplomatic and trailer plates use', () => {
    expect(validateKenteken('AA-12-34')).toEqual({ ok: true, value: 'AA1234' });
    expect(validateKenteken('CD-12-QU')).toEqual({ ok: true, value: 'CD12QU' });
  });

  it.each(['ABCDEF', '123456', 'A1B2C3', '1A2B3C', 'ABC-123'])(
    'rejects %s because no Dutch side code has that order',
    (plate) => {
      expect(validateKenteken(plate)).toEqual({ ok: false, code: 'kenteken.sideCode' });
    },
  );

  it('rejects plates that are not 6 letters and digits', () => {
    expect(validateKenteken('AB-12-3')).toEqual({ ok: false, code: 'kenteken.length' });
    expect(validateKenteken('AB-123-CD')).toEqual({ ok: false, code: 'kenteken.length' });
  });

  it('rejects other characters, such as dots or accented letters', () => {
    expect(validateKenteken('AB.123.C')).toEqual({ ok: false, code: 'kenteken.characters' });
    expect(validateKenteken('ÄB-123-C')).toEqual({ ok: false, code: 'kenteken.characters' });
  });

  it('reports an empty field as empty', () => {
    expect(validateKenteken(' - ')).toEqual({ ok: false, code: 'kenteken.empty' });
  });
});

describe('formatKenteken', () => {
  it.each(platesBySideCode)('puts the dashes of its side code back: %s', (plate) => {
    expect(formatKenteken(plate.replace(/-/g, ''))).toBe(plate);
  });

  it('also formats a plate as typed', () => {
    expect(formatKenteken('ab 123 c')).toBe('AB-123-C');
  });

  it('returns a plate that is not Dutch unchanged', () => {
    expect(formatKenteken('B-MW 1234')).toBe('B-MW 1234');
  });
});
