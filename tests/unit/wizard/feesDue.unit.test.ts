import { describe, expect, it } from 'vitest';
import { feesDue, type PermitDefinition } from '../../../src/wizard';
import { TODAY, testPermit } from '../../fixtures/testPermit';

const withFees = {
  ...testPermit,
  fees: [
    { id: 'base', amountCents: 1000, keptWhenRefused: true },
    { id: 'car', amountCents: 500, keptWhenRefused: false, showIf: { question: 'ownCar', equals: true } },
  ],
} satisfies PermitDefinition;

describe('fees due', () => {
  it('charges a conditional fee only when its condition holds on the visible answers', () => {
    expect(feesDue(withFees, { kind: 'driver', ownCar: 'yes' }, TODAY).map((fee) => fee.id)).toEqual(['base', 'car']);
    expect(feesDue(withFees, { kind: 'driver', ownCar: 'no' }, TODAY).map((fee) => fee.id)).toEqual(['base']);
    // The car step is hidden for passengers, so its old answer must not cost anything.
    expect(feesDue(withFees, { kind: 'passenger', ownCar: 'yes' }, TODAY).map((fee) => fee.id)).toEqual(['base']);
  });
});
