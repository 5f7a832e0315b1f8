import { describe, expect, it } from 'vitest';
import { formatAddressLines } from '../../../src/validation';

describe('an address as a person reads it', () => {
  it('puts street and number on the first line, postcode and place on the second', () => {
    expect(formatAddressLines({ postcode: '1234AB', houseNumber: '12', street: 'Dorpsstraat', city: 'Utrecht' })).toEqual(['Dorpsstraat 12', '1234 AB Utrecht']);
  });

  it('adds house letter and addition after the number, and only when there', () => {
    expect(formatAddressLines({ postcode: '1011ab', houseNumber: '105', houseLetter: 'A', addition: '2', street: 'Damrak', city: 'Amsterdam' })[0]).toBe('Damrak 105 A 2');
    expect(formatAddressLines({ postcode: '1011AB', houseNumber: '105', houseLetter: '', street: 'Damrak', city: 'Amsterdam' })[0]).toBe('Damrak 105');
  });
});
