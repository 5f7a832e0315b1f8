import { describe, expect, it } from 'vitest';
import { normalizeAnswer, validateStep, type DateTimeRangeQuestion } from '../../../src/wizard';
import { routedTestPermit } from '../../fixtures/routedTestPermit';
import { TODAY } from '../../fixtures/testPermit';

const question = routedTestPermit.steps[3].questions[0] satisfies DateTimeRangeQuestion;
const range = (startDate: string, startTime: string, endDate: string, endTime: string) => ({ startDate, startTime, endDate, endTime });

describe('a date-time range (an event, its build-up)', () => {
  it('is normalised to ISO dates and HH:MM, from what a person types', () => {
    expect(normalizeAnswer(question, range('1-3-2027', '9.30', '02-03-2027', '1 uur'), TODAY)).toEqual({
      status: 'valid',
      value: range('2027-03-01', '09:30', '2027-03-02', '01:00'),
    });
  });

  it('accepts its own normalised form unchanged (the intake service checks again)', () => {
    const normalised = range('2027-03-01', '09:30', '2027-03-01', '23:00');
    expect(normalizeAnswer(question, normalised, TODAY)).toEqual({ status: 'valid', value: normalised });
  });

  it('names each missing or wrong part at its own box', () => {
    expect(normalizeAnswer(question, range('1-3-2027', '', '31-02-2027', '25:00'), TODAY)).toEqual({
      status: 'invalid',
      errors: [
        { field: 'period.startTime', code: 'dateTimeRange.startTime.required' },
        { field: 'period.endDate', code: 'date.impossible' },
        { field: 'period.endTime', code: 'time.impossible' },
      ],
    });
  });

  it('applies the date rules to the start date', () => {
    const result = normalizeAnswer(question, range('01-12-2026', '12:00', '01-12-2026', '13:00'), TODAY);
    expect(result).toMatchObject({ status: 'invalid', errors: [{ field: 'period.startDate', code: 'date.tooSoon', params: { days: 56, earliest: '24-01-2027' } }] });
  });

  it('needs the end after the start: on the end time for the same day, on the end date for an earlier day', () => {
    expect(normalizeAnswer(question, range('1-3-2027', '14:00', '1-3-2027', '14:00'), TODAY)).toEqual({
      status: 'invalid',
      errors: [{ field: 'period.endTime', code: 'dateTimeRange.endBeforeStart' }],
    });
    expect(normalizeAnswer(question, range('2-3-2027', '14:00', '1-3-2027', '23:00'), TODAY)).toEqual({
      status: 'invalid',
      errors: [{ field: 'period.endDate', code: 'dateTimeRange.endBeforeStart' }],
    });
  });

  it('runs past midnight when the end date is the next day', () => {
    expect(normalizeAnswer(question, range('1-3-2027', '20:00', '2-3-2027', '02:00'), TODAY)).toMatchObject({ status: 'valid' });
  });

  it('refuses unknown parts and parts that are not text', () => {
    expect(normalizeAnswer(question, { ...range('1-3-2027', '20:00', '2-3-2027', '02:00'), timeZone: 'UTC' } as never, TODAY)).toEqual({
      status: 'invalid',
      errors: [{ field: 'period.timeZone', code: 'answer.unknown' }],
    });
    expect(normalizeAnswer(question, { ...range('1-3-2027', '20:00', '2-3-2027', '02:00'), startTime: 20 } as never, TODAY)).toEqual({
      status: 'invalid',
      errors: [{ field: 'period.startTime', code: 'answer.wrongType' }],
    });
    expect(normalizeAnswer(question, '1-3-2027 20:00', TODAY)).toEqual({ status: 'invalid', errors: [{ field: 'period', code: 'answer.wrongType' }] });
  });

  it('is required as a whole when nothing is filled in', () => {
    const answers = { visitors: '500', closesRoad: 'no', period: range('', '', '', '') };
    expect(validateStep(routedTestPermit, routedTestPermit.steps[3], answers, TODAY)).toEqual([{ field: 'period', code: 'required' }]);
  });
});
