import { describe, expect, it } from 'vitest';
import { earlierAddresses, type PermitDefinition } from '../../../src/wizard';

const permit = {
  id: 'two-addresses',
  version: 1,
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  steps: [
    { id: 'home', questions: [{ id: 'home', type: 'address' }] },
    { id: 'atWork', questions: [{ id: 'atWork', type: 'yesNo' }] },
    { id: 'work', showIf: { question: 'atWork', equals: true }, questions: [{ id: 'work', type: 'address' }] },
    { id: 'space', questions: [{ id: 'space', type: 'address' }, { id: 'other', type: 'address', optional: true }] },
  ],
} as const satisfies PermitDefinition;
const [home, , , space] = permit.steps;
const TODAY = '2026-11-29';
const dorpsstraat = { postcode: '1234 ab', houseNumber: '12', street: 'Dorpsstraat', city: 'Utrecht' };
const damrak = { postcode: '1011AB', houseNumber: '105', houseLetter: 'A', street: 'Damrak', city: 'Amsterdam' };

describe('addresses given earlier in the application', () => {
  it('offers each complete address asked before, normalised, in the order asked', () => {
    const answers = { home: dorpsstraat, atWork: 'yes', work: damrak };
    expect(earlierAddresses(permit, space.questions[0], answers, TODAY)).toEqual([
      { postcode: '1234AB', houseNumber: '12', street: 'Dorpsstraat', city: 'Utrecht' },
      { postcode: '1011AB', houseNumber: '105', houseLetter: 'A', street: 'Damrak', city: 'Amsterdam' },
    ]);
  });

  it('offers nothing at the first address question, nor its own or later answers', () => {
    const answers = { home: dorpsstraat, atWork: 'no', space: damrak, other: damrak };
    expect(earlierAddresses(permit, home.questions[0], answers, TODAY)).toEqual([]);
    expect(earlierAddresses(permit, space.questions[0], answers, TODAY)).toHaveLength(1);
  });

  it('leaves out an address the answers no longer ask for, an incomplete one and a repeat', () => {
    expect(earlierAddresses(permit, space.questions[0], { home: dorpsstraat, atWork: 'no', work: damrak }, TODAY)).toHaveLength(1);
    expect(earlierAddresses(permit, space.questions[0], { home: { ...dorpsstraat, street: '' }, atWork: 'no' }, TODAY)).toEqual([]);
    expect(earlierAddresses(permit, space.questions[0], { home: dorpsstraat, atWork: 'yes', work: { ...dorpsstraat, postcode: '1234AB' } }, TODAY)).toHaveLength(1);
  });

  it('offers an address given on the same step, before the question', () => {
    expect(earlierAddresses(permit, space.questions[1], { home: dorpsstraat, atWork: 'no', space: damrak }, TODAY)).toHaveLength(2);
  });
});
