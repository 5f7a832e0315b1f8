import { describe, expect, it } from 'vitest';
import { dateTimeFormat, listFormat, numberFormat } from '../../../src/validation';

describe('Intl formatters kept per language and options', () => {
  it('gives the same formatter again for the same language and options, so a render does not make one', () => {
    expect(numberFormat('nl-NL', { style: 'currency', currency: 'EUR' })).toBe(numberFormat('nl-NL', { style: 'currency', currency: 'EUR' }));
    expect(dateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' })).toBe(dateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }));
    expect(listFormat('nl-NL', { type: 'disjunction' })).toBe(listFormat('nl-NL', { type: 'disjunction' }));
    expect(numberFormat('nl-NL')).toBe(numberFormat('nl-NL', undefined));
  });

  it('keeps each language and each set of options apart', () => {
    expect(numberFormat('nl-NL').format(1500.5)).toBe('1.500,5');
    expect(numberFormat('en-GB').format(1500.5)).toBe('1,500.5');
    expect(numberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(48.95)).toBe('€\u00a048,95');
    expect(dateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2027, 0, 15))).toBe('15 januari 2027');
    expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2027, 0, 15))).toBe('15 January 2027');
    expect(listFormat('nl-NL', { type: 'disjunction' }).format(['PDF', 'JPEG'])).toBe('PDF of JPEG');
    expect(listFormat('nl-NL', { type: 'conjunction' }).format(['PDF', 'JPEG'])).toBe('PDF en JPEG');
  });
});
