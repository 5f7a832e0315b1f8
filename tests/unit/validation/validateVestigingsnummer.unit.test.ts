import { describe, expect, it } from 'vitest';
import { validateVestigingsnummer } from '../../../src/validation';

describe('validateVestigingsnummer', () => {
  it('accepts 12 digits and keeps leading zeros', () => {
    expect(validateVestigingsnummer('000012345678')).toEqual({ ok: true, value: '000012345678' });
  });

  it('accepts a vestigingsnummer typed in groups with spaces', () => {
    expect(validateVestigingsnummer('0000 1234 5678')).toEqual({ ok: true, value: '000012345678' });
  });

  it('reports how many digits were typed when it is not 12', () => {
    expect(validateVestigingsnummer('12345678')).toEqual({
      ok: false,
      code: 'vestigingsnummer.length',
      params: { length: 8 },
    });
    expect(validateVestigingsnummer('1234567890123')).toEqual({
      ok: false,
      code: 'vestigingsnummer.length',
      params: { length: 13 },
    });
  });

  it('rejects letters and reports an empty field', () => {
    expect(validateVestigingsnummer('00001234567O')).toEqual({ ok: false, code: 'vestigingsnummer.characters' });
    expect(validateVestigingsnummer(' ')).toEqual({ ok: false, code: 'vestigingsnummer.empty' });
  });
});
