import { describe, expect, it } from 'vitest';
import { validateDate } from '../../../src/validation';

const today = '2025-06-15';

describe('validateDate', () => {
  it('returns the ISO date when there are no rules', () => {
    expect(validateDate('1-2-1980', {}, today)).toEqual({ ok: true, value: '1980-02-01' });
  });

  it('passes on the errors of parseDate', () => {
    expect(validateDate('31-02-2026', { notInPast: true }, today)).toEqual({ ok: false, code: 'date.impossible' });
    expect(validateDate('', { notInPast: true }, today)).toEqual({ ok: false, code: 'date.empty' });
  });

  describe('notInPast, for event dates', () => {
    it('accepts today and later', () => {
      expect(validateDate('15-06-2025', { notInPast: true }, today)).toEqual({ ok: true, value: '2025-06-15' });
      expect(validateDate('16-06-2025', { notInPast: true }, today)).toEqual({ ok: true, value: '2025-06-16' });
    });

    it('rejects yesterday', () => {
      expect(validateDate('14-06-2025', { notInPast: true }, today)).toEqual({ ok: false, code: 'date.inPast' });
    });
  });

  describe('notInFuture, for a date of birth', () => {
    it('accepts today and earlier', () => {
      expect(validateDate('15-06-2025', { notInFuture: true }, today)).toEqual({ ok: true, value: '2025-06-15' });
      expect(validateDate('29-02-1980', { notInFuture: true }, today)).toEqual({ ok: true, value: '1980-02-29' });
    });

    it('rejects tomorrow', () => {
      expect(validateDate('16-06-2025', { notInFuture: true }, today)).toEqual({ ok: false, code: 'date.inFuture' });
    });
  });

  describe('minDaysAhead, for applications that need time to decide', () => {
    it('accepts the earliest allowed date', () => {
      expect(validateDate('10-08-2025', { minDaysAhead: 56 }, today)).toEqual({ ok: true, value: '2025-08-10' });
    });

    it('rejects the day before and names the number of days and the earliest date in Dutch notation', () => {
      expect(validateDate('09-08-2025', { minDaysAhead: 56 }, today)).toEqual({
        ok: false,
        code: 'date.tooSoon',
        params: { days: 56, earliest: '10-08-2025' },
      });
    });

    it('prefers tooSoon over inPast for a past date, because it tells the earliest date allowed', () => {
      expect(validateDate('01-01-2025', { notInPast: true, minDaysAhead: 56 }, today)).toEqual({
        ok: false,
        code: 'date.tooSoon',
        params: { days: 56, earliest: '10-08-2025' },
      });
    });
  });

  describe('maxDaysAhead', () => {
    it('accepts the latest allowed date and rejects the day after, naming the latest date', () => {
      expect(validateDate('15-06-2026', { maxDaysAhead: 365 }, today)).toEqual({ ok: true, value: '2026-06-15' });
      expect(validateDate('16-06-2026', { maxDaysAhead: 365 }, today)).toEqual({
        ok: false,
        code: 'date.tooLate',
        params: { days: 365, latest: '15-06-2026' },
      });
    });
  });

  describe('min and max', () => {
    const rules = { min: '2025-07-01', max: '2025-08-31' };

    it('accepts both bounds', () => {
      expect(validateDate('01-07-2025', rules, today)).toEqual({ ok: true, value: '2025-07-01' });
      expect(validateDate('31-08-2025', rules, today)).toEqual({ ok: true, value: '2025-08-31' });
    });

    it('rejects dates outside and names the bound in Dutch notation', () => {
      expect(validateDate('30-06-2025', rules, today)).toEqual({
        ok: false,
        code: 'date.beforeMin',
        params: { min: '01-07-2025' },
      });
      expect(validateDate('01-09-2025', rules, today)).toEqual({
        ok: false,
        code: 'date.afterMax',
        params: { max: '31-08-2025' },
      });
    });
  });

  it('accepts its own canonical output unchanged', () => {
    expect(validateDate('2025-08-10', { notInPast: true, minDaysAhead: 56 }, today)).toEqual({
      ok: true,
      value: '2025-08-10',
    });
  });

  it('uses the today it is given, not the clock', () => {
    expect(validateDate('01-01-2000', { notInPast: true }, '1999-12-31')).toEqual({ ok: true, value: '2000-01-01' });
  });

  it('throws for a today, min or max that is not an ISO date, because that is a programming error', () => {
    expect(() => validateDate('01-01-2025', {}, '15-06-2025')).toThrow(RangeError);
    expect(() => validateDate('01-01-2025', { min: '2025-02-30' }, today)).toThrow(RangeError);
    expect(() => validateDate('01-01-2025', { max: '' }, today)).toThrow(RangeError);
  });
});
