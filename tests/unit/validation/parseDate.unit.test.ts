import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/validation';

describe('parseDate', () => {
  const typings = ['05-03-2024', '5-3-2024', '05/03/2024', '5.3.2024', '5 3 2024', ' 05 - 03 - 2024 '];
  it.each([...typings, '2024-03-05', '2024-3-5'])('reads "%s" as 5 March 2024', (typed) => {
    expect(parseDate(typed)).toEqual({ ok: true, value: '2024-03-05' });
  });

  it('reads the day first, as Dutch people write dates', () => {
    expect(parseDate('03-05-2024')).toEqual({ ok: true, value: '2024-05-03' });
  });

  it('accepts its own canonical output unchanged', () => {
    expect(parseDate('2024-12-31')).toEqual({ ok: true, value: '2024-12-31' });
  });

  it('accepts 29 February in leap years, including 2000', () => {
    expect(parseDate('29-02-2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('29-02-2000')).toEqual({ ok: true, value: '2000-02-29' });
  });

  const nonExistent = [
    '29-02-2023',
    '29-02-1900',
    '31-02-2024',
    '31-04-2024',
    '01-13-2024',
    '00-01-2024',
    '01-00-2024',
    '32-01-2024',
    '2024-02-30',
    '05-03-0999',
  ];
  it.each(nonExistent)(
    'rejects "%s" because that date does not exist',
    (typed) => {
      expect(parseDate(typed)).toEqual({ ok: false, code: 'date.impossible' });
    },
  );

  it('rejects a 2-digit year instead of guessing the century', () => {
    expect(parseDate('05-03-24')).toEqual({ ok: false, code: 'date.shortYear' });
  });

  it.each(['05-03-024', '05-03-20245', '5 maart 2024', '05032024', '2024/03/05', '05--03-2024', '105-03-2024'])(
    'rejects "%s" as a format it does not read',
    (typed) => {
      expect(parseDate(typed)).toEqual({ ok: false, code: 'date.format' });
    },
  );

  it('reports an empty or blank field as empty', () => {
    expect(parseDate('')).toEqual({ ok: false, code: 'date.empty' });
    expect(parseDate('  ')).toEqual({ ok: false, code: 'date.empty' });
  });
});
