import { describe, expect, it } from 'vitest';
import { validateKvkNumber } from '../../../src/validation';

describe('validateKvkNumber', () => {
  it('accepts 8 digits', () => {
    expect(validateKvkNumber('12345678')).toEqual({ ok: true, value: '12345678' });
  });

  it('accepts a KvK-nummer typed in groups with spaces or dots', () => {
    expect(validateKvkNumber(' 1234 5678 ')).toEqual({ ok: true, value: '12345678' });
    expect(validateKvkNumber('1234.5678')).toEqual({ ok: true, value: '12345678' });
  });

  it('keeps a leading zero, because it is part of the number', () => {
    expect(validateKvkNumber('01234567')).toEqual({ ok: true, value: '01234567' });
  });

  it('reports how many digits were typed when it is not 8', () => {
    expect(validateKvkNumber('1234567')).toEqual({ ok: false, code: 'kvk.length', params: { length: 7 } });
    expect(validateKvkNumber('123456789')).toEqual({ ok: false, code: 'kvk.length', params: { length: 9 } });
  });

  it('does not accept a 12-digit vestigingsnummer in its place', () => {
    expect(validateKvkNumber('000012345678')).toEqual({ ok: false, code: 'kvk.length', params: { length: 12 } });
  });

  it('rejects letters and reports an empty field', () => {
    expect(validateKvkNumber('1234567a')).toEqual({ ok: false, code: 'kvk.characters' });
    expect(validateKvkNumber('')).toEqual({ ok: false, code: 'kvk.empty' });
  });
});
