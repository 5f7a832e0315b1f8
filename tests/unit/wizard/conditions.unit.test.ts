import { describe, expect, it } from 'vitest';
import { isAnswered, isConditionMet } from '../../../src/wizard';

describe('conditions', () => {
  const answers = { kind: 'driver', ownCar: true, aids: ['cane', 'walker'], count: 3, empty: '' };

  it('compares a choice with equals and oneOf', () => {
    expect(isConditionMet({ question: 'kind', equals: 'driver' }, answers)).toBe(true);
    expect(isConditionMet({ question: 'kind', equals: 'passenger' }, answers)).toBe(false);
    expect(isConditionMet({ question: 'kind', oneOf: ['passenger', 'driver'] }, answers)).toBe(true);
    expect(isConditionMet({ question: 'kind', oneOf: ['passenger'] }, answers)).toBe(false);
  });

  it('compares yes/no answers as booleans and numbers as numbers', () => {
    expect(isConditionMet({ question: 'ownCar', equals: true }, answers)).toBe(true);
    expect(isConditionMet({ question: 'ownCar', equals: 'yes' }, answers)).toBe(false);
    expect(isConditionMet({ question: 'count', equals: 3 }, answers)).toBe(true);
  });

  it('looks inside multiple-choice answers with includes', () => {
    expect(isConditionMet({ question: 'aids', includes: 'walker' }, answers)).toBe(true);
    expect(isConditionMet({ question: 'aids', includes: 'wheelchair' }, answers)).toBe(false);
    expect(isConditionMet({ question: 'kind', includes: 'driver' }, answers)).toBe(false);
  });

  it('never matches an unanswered question, except with answered: false', () => {
    expect(isConditionMet({ question: 'missing', equals: '' }, answers)).toBe(false);
    expect(isConditionMet({ question: 'missing', answered: false }, answers)).toBe(true);
    expect(isConditionMet({ question: 'empty', answered: false }, answers)).toBe(true);
    expect(isConditionMet({ question: 'kind', answered: true }, answers)).toBe(true);
  });

  it('combines conditions with all, any and not', () => {
    const driverWithCar = { all: [{ question: 'kind', equals: 'driver' }, { question: 'ownCar', equals: true }] } as const;
    expect(isConditionMet(driverWithCar, answers)).toBe(true);
    expect(isConditionMet(driverWithCar, { ...answers, ownCar: false })).toBe(false);
    expect(isConditionMet({ any: [{ question: 'kind', equals: 'passenger' }, { question: 'count', equals: 3 }] }, answers)).toBe(true);
    expect(isConditionMet({ not: driverWithCar }, answers)).toBe(false);
  });

  it('treats empty text, empty lists, null and all-empty addresses as not answered', () => {
    expect(isAnswered('  ')).toBe(false);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered(null as unknown as undefined)).toBe(false);
    expect(isAnswered({ postcode: '', houseNumber: '', street: '', city: '' })).toBe(false);
    expect(isAnswered({ postcode: '1234AB', houseNumber: '', street: '', city: '' })).toBe(true);
    expect(isAnswered(false)).toBe(true);
    expect(isAnswered(0)).toBe(true);
  });
});
