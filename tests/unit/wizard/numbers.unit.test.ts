import { describe, expect, it } from 'vitest';
import { normalizeAnswer, type NumberQuestion } from '../../../src/wizard';
import { TODAY } from '../../fixtures/testPermit';

const metres: NumberQuestion = { id: 'length', type: 'number', min: 1, max: 10000, integer: false };

describe('a number as people type it', () => {
  it.each([
    ['4,3', 4.3],
    ['4.3', 4.3],
    ['2.40', 2.4],
    ['1.500', 1500],
    ['1 500', 1500],
    ['2.000', 2000],
    ['1.500,5', 1500.5],
    [' 12 ', 12],
  ])('reads %j as %d', (typed, value) => {
    expect(normalizeAnswer(metres, typed, TODAY)).toEqual({ status: 'valid', value });
  });

  it('accepts its own normalised value unchanged', () => {
    expect(normalizeAnswer(metres, 4.3, TODAY)).toEqual({ status: 'valid', value: 4.3 });
  });
});
