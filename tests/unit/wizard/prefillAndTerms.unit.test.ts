import { describe, expect, it } from 'vitest';
import { expectedDecisionDate, prefillForStep, todayIso } from '../../../src/wizard';
import { testPermit } from '../../fixtures/testPermit';

const extra = testPermit.steps[4];

describe('prefill of earlier answers (WCAG 3.3.7)', () => {
  it('fills a question from an earlier answer the first time it is shown', () => {
    expect(prefillForStep(extra, { phone: '06 12345678' })).toEqual({ callPhone: '06 12345678' });
  });

  it('keeps what the person typed or cleared on purpose', () => {
    expect(prefillForStep(extra, { phone: '06 12345678', callPhone: '' })).toEqual({});
    expect(prefillForStep(extra, { phone: '06 12345678', callPhone: '020 1234567' })).toEqual({});
  });

  it('fills nothing while the earlier question is unanswered', () => {
    expect(prefillForStep(extra, { phone: '' })).toEqual({});
  });
});

describe('the expected decision date', () => {
  const term = { weeks: 8, silenceIsConsent: false };
  it('is the legal term counted from the day of receipt', () => {
    expect(expectedDecisionDate(term, '2026-11-25')).toBe('2027-01-20');
  });

  it('moves to Monday when the term ends on a weekend (Algemene termijnenwet)', () => {
    // 2026-11-28 is a Saturday; eight weeks later is Saturday 2027-01-23.
    expect(expectedDecisionDate(term, '2026-11-28')).toBe('2027-01-25');
    expect(expectedDecisionDate(term, '2026-11-29')).toBe('2027-01-25');
  });

  it('counts "today" in Dutch time, also late in the evening on a server in UTC', () => {
    expect(todayIso(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
    expect(todayIso(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
