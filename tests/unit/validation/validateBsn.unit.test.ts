import { describe, expect, it } from 'vitest';
import { validateBsn } from '../../../src/validation';

describe('validateBsn', () => {
  it.each(['111222333', '123456782', '999999990'])('accepts the valid BSN %s', (bsn) => {
    expect(validateBsn(bsn)).toEqual({ ok: true, value: bsn });
  });

  it('accepts a BSN typed with spaces and dots and returns the 9 digits', () => {
    expect(validateBsn(' 1234.56.782 ')).toEqual({ ok: true, value: '123456782' });
    expect(validateBsn('1234 56 782')).toEqual({ ok: true, value: '123456782' });
    expect(validateBsn('123-456-782')).toEqual({ ok: true, value: '123456782' });
  });

  it('accepts an 8-digit BSN whose leading 0 was left off and adds the 0', () => {
    expect(validateBsn('12345672')).toEqual({ ok: true, value: '012345672' });
  });

  it('accepts its own canonical output unchanged, as the intake service re-validates it', () => {
    const first = validateBsn('1234.56.782');
    if (!first.ok) throw new Error('expected a valid BSN');
    expect(validateBsn(first.value)).toEqual(first);
  });

  it('rejects a BSN that fails the 11-proef', () => {
    expect(validateBsn('123456789')).toEqual({ ok: false, code: 'bsn.checksum' });
  });

  it('rejects a BSN with two neighbouring digits swapped', () => {
    expect(validateBsn('123456728')).toEqual({ ok: false, code: 'bsn.checksum' });
  });

  it('rejects an 8-digit number that fails the 11-proef after padding', () => {
    expect(validateBsn('12345678')).toEqual({ ok: false, code: 'bsn.checksum' });
  });

  it('rejects all zeros even though their weighted sum is divisible by 11', () => {
    expect(validateBsn('000000000')).toEqual({ ok: false, code: 'bsn.checksum' });
    expect(validateBsn('00000000')).toEqual({ ok: false, code: 'bsn.checksum' });
  });

  it('reports how many digits were typed when there are too few or too many', () => {
    expect(validateBsn('1234567')).toEqual({ ok: false, code: 'bsn.length', params: { length: 7 } });
    expect(validateBsn('1112223334')).toEqual({ ok: false, code: 'bsn.length', params: { length: 10 } });
  });

  it('rejects letters instead of dropping them', () => {
    expect(validateBsn('12345678a')).toEqual({ ok: false, code: 'bsn.characters' });
    expect(validateBsn('123456782/')).toEqual({ ok: false, code: 'bsn.characters' });
  });

  it('reports an empty or blank field as empty', () => {
    expect(validateBsn('')).toEqual({ ok: false, code: 'bsn.empty' });
    expect(validateBsn('  . ')).toEqual({ ok: false, code: 'bsn.empty' });
  });
});
