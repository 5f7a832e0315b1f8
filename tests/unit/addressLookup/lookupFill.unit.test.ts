import { describe, expect, it } from 'vitest';
import { addressChoice, lookupFill, MAX_LISTED_ADDRESSES, partsToFill } from '../../../src/addressLookup';
import type { FoundAddress } from '../../../src/intake';

const at = (unit: { houseLetter?: string; addition?: string; street?: string } = {}, id = JSON.stringify(unit)): FoundAddress => ({
  id,
  postcode: '1011AB',
  houseNumber: '105',
  street: 'Damrak',
  city: 'Amsterdam',
  ...unit,
});
const plain = at();
const letterA = at({ houseLetter: 'A' });
const addition2 = at({ addition: '2' });

describe('what the lookup fills in', () => {
  it('fills every part of the one address at the number', () => {
    expect(lookupFill([letterA], {})).toEqual({ houseLetter: 'A', addition: '', street: 'Damrak', city: 'Amsterdam' });
  });

  it('fills only the street and place several addresses share, leaving the letter to the person', () => {
    expect(lookupFill([plain, letterA, addition2], {})).toEqual({ street: 'Damrak', city: 'Amsterdam' });
  });

  it('uses the one address that matches a letter or addition already typed, in any case', () => {
    expect(lookupFill([plain, letterA, addition2], { houseLetter: 'a ' })).toEqual({ houseLetter: 'A', addition: '', street: 'Damrak', city: 'Amsterdam' });
    expect(lookupFill([plain, letterA, addition2], { addition: '2' })).toMatchObject({ addition: '2', houseLetter: '' });
  });

  it('does not guess a street when the addresses at the number do not share one', () => {
    expect(lookupFill([plain, at({ houseLetter: 'B', street: 'Nieuwendijk' })], {})).toEqual({ city: 'Amsterdam' });
  });
});

describe('filling in without losing what was typed', () => {
  const found = { houseLetter: '', addition: '', street: 'Damrak', city: 'Amsterdam' };

  it('fills empty parts', () => {
    expect(partsToFill({ street: '', city: '  ' }, {}, found)).toEqual({ street: 'Damrak', city: 'Amsterdam' });
  });

  it('never overwrites a part the person typed', () => {
    expect(partsToFill({ street: 'Damstraat', city: '' }, {}, found)).toEqual({ city: 'Amsterdam' });
    expect(partsToFill({ houseLetter: 'B' }, {}, { ...found, houseLetter: 'A' })).toEqual({ street: 'Damrak', city: 'Amsterdam' });
  });

  it('replaces what the lookup itself put there before, for a new postcode or number', () => {
    expect(partsToFill({ street: 'Croeselaan', city: 'Utrecht' }, { street: 'Croeselaan', city: 'Utrecht' }, found)).toEqual({ street: 'Damrak', city: 'Amsterdam' });
  });

  it('empties what it put there before when the new postcode or number finds nothing', () => {
    expect(partsToFill({ houseLetter: 'A', street: 'Damrak', city: 'Amsterdam' }, { houseLetter: 'A', street: 'Damrak', city: 'Amsterdam' }, {})).toEqual({
      houseLetter: '',
      street: '',
      city: '',
    });
  });

  it('leaves alone the part the person is typing in', () => {
    expect(partsToFill({ street: '', city: '' }, {}, found, 'street')).toEqual({ city: 'Amsterdam' });
  });

  it('changes nothing that already holds the value', () => {
    expect(partsToFill({ street: 'Damrak', city: 'Amsterdam' }, {}, found)).toEqual({});
  });
});

describe('the choice offered', () => {
  it('is no choice for one address', () => {
    expect(addressChoice([plain])).toEqual({ kind: 'one', address: plain });
  });

  it('lists a few addresses as options', () => {
    expect(addressChoice([plain, letterA, addition2])).toEqual({ kind: 'several', addresses: [plain, letterA, addition2] });
  });

  it(`asks for the letter or addition instead of listing more than ${MAX_LISTED_ADDRESSES}`, () => {
    const flats = Array.from({ length: MAX_LISTED_ADDRESSES + 1 }, (_, index) => at({ addition: String(index + 1) })) as [FoundAddress, ...FoundAddress[]];
    expect(addressChoice(flats)).toEqual({ kind: 'many', count: MAX_LISTED_ADDRESSES + 1 });
    expect(addressChoice(flats.slice(0, MAX_LISTED_ADDRESSES) as [FoundAddress, ...FoundAddress[]]).kind).toBe('several');
  });
});
