import { describe, expect, it } from 'vitest';
import { validateRsin } from '../../../src/validation';

describe('validateRsin', () => {
  it('accepts an RSIN that passes the 11-proef, typed with dots', () => {
    expect(validateRsin('1112.22.333')).toEqual({ ok: true, value: '111222333' });
  });

  it('accepts an 8-digit RSIN and adds the leading 0', () => {
    expect(validateRsin('12345672')).toEqual({ ok: true, value: '012345672' });
  });

  it('accepts its own canonical output unchanged', () => {
    expect(validateRsin('012345672')).toEqual({ ok: true, value: '012345672' });
  });

  it('reports errors with rsin codes, so the message points to the KvK extract and not to a passport', () => {
    expect(validateRsin('123456789')).toEqual({ ok: false, code: 'rsin.checksum' });
    expect(validateRsin('000000000')).toEqual({ ok: false, code: 'rsin.checksum' });
    expect(validateRsin('1234567')).toEqual({ ok: false, code: 'rsin.length', params: { length: 7 } });
    expect(validateRsin('12345678x')).toEqual({ ok: false, code: 'rsin.characters' });
    expect(validateRsin(' ')).toEqual({ ok: false, code: 'rsin.empty' });
  });
});
