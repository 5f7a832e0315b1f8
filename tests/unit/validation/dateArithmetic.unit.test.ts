import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, addWeeks, formatDateNl } from '../../../src/validation';

describe('formatDateNl', () => {
  it('writes an ISO date as dd-mm-jjjj', () => {
    expect(formatDateNl('2024-03-05')).toBe('05-03-2024');
    expect(formatDateNl('1999-12-31')).toBe('31-12-1999');
  });

  it('returns text that is not an existing ISO date unchanged', () => {
    expect(formatDateNl('2024-02-30')).toBe('2024-02-30');
    expect(formatDateNl('05-03-2024')).toBe('05-03-2024');
  });
});

describe('addDays', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('knows leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  it('subtracts with a negative number and returns the same date for 0', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', 0)).toBe('2024-03-01');
  });

  describe('in the Dutch time zone, where browsers and servers may run', () => {
    const originalTimeZone = process.env.TZ;
    beforeEach(() => {
      process.env.TZ = 'Europe/Amsterdam';
    });
    afterEach(() => {
      // Assigning undefined would store the string "undefined", so remove the variable instead.
      if (originalTimeZone === undefined) delete process.env.TZ;
      else process.env.TZ = originalTimeZone;
    });

    it('is not shifted by the time zone or by the change to or from daylight saving time', () => {
      expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
      expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
      expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
    });
  });

  it('throws for a date that is not ISO or days that are not whole', () => {
    expect(() => addDays('05-03-2024', 1)).toThrow(RangeError);
    expect(() => addDays('2024-03-05', 1.5)).toThrow(RangeError);
  });
});

describe('addWeeks', () => {
  it('adds whole weeks of 7 days, e.g. a decision term of 8 weeks', () => {
    expect(addWeeks('2025-06-15', 8)).toBe('2025-08-10');
    expect(addWeeks('2024-12-23', 2)).toBe('2025-01-06');
    expect(addWeeks('2025-01-06', -2)).toBe('2024-12-23');
  });

  it('throws for weeks that are not whole', () => {
    expect(() => addWeeks('2025-06-15', 0.5)).toThrow(RangeError);
  });
});
