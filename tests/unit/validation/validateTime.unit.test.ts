import { describe, expect, it } from 'vitest';
import { validateTime } from '../../../src/validation';

describe('validateTime', () => {
  it.each([
    ['14:00', '14:00'],
    ['14.00', '14:00'],
    ['1400', '14:00'],
    ['9.30', '09:30'],
    ['9:05', '09:05'],
    ['14', '14:00'],
    ['23 uur', '23:00'],
    ['  07:15 ', '07:15'],
    ['00:00', '00:00'],
  ])('reads %j as %s', (typed, canonical) => {
    expect(validateTime(typed)).toEqual({ ok: true, value: canonical });
  });

  it('accepts its own canonical output unchanged (the server checks again)', () => {
    expect(validateTime('09:30')).toEqual({ ok: true, value: '09:30' });
  });

  it.each([
    ['', 'time.empty'],
    ['half drie', 'time.format'],
    ['14:0', 'time.format'],
    ['24:00', 'time.impossible'],
    ['12:60', 'time.impossible'],
  ])('refuses %j with %s', (typed, code) => {
    expect(validateTime(typed)).toMatchObject({ ok: false, code });
  });
});
