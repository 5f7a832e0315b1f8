import type { FoundAddress } from '../intake';

/** The parts of an address the lookup may fill in; postcode and number are always the person's own. */
export const FILLABLE_PARTS = ['houseLetter', 'addition', 'street', 'city'] as const;
export type FillablePart = (typeof FILLABLE_PARTS)[number];
export type FillableParts = Partial<Record<FillablePart, string>>;

/** House letter and addition as typed, compared without case and spaces. */
export function isSameUnit(address: FoundAddress, typed: FillableParts): boolean {
  const same = (found: string | undefined, given: string | undefined) => (found ?? '').toLowerCase() === (given ?? '').trim().toLowerCase();
  return same(address.houseLetter, typed.houseLetter) && same(address.addition, typed.addition);
}

/**
 * What the lookup would fill in for these addresses, given what was typed: all parts of the one
 * address there is, or of the one that matches a typed letter or addition; otherwise the street
 * and place the addresses share, leaving the letter and addition to the person's choice.
 */
export function lookupFill(addresses: readonly FoundAddress[], typed: FillableParts): FillableParts {
  const typedUnit = Boolean(typed.houseLetter?.trim() || typed.addition?.trim());
  const matches = typedUnit ? addresses.filter((address) => isSameUnit(address, typed)) : [];
  const single = addresses.length === 1 ? addresses[0] : matches.length === 1 ? matches[0] : undefined;
  if (single) return addressParts(single);
  const [first] = addresses;
  if (!first) return {};
  return {
    ...(addresses.every((address) => address.street === first.street) ? { street: first.street } : {}),
    ...(addresses.every((address) => address.city === first.city) ? { city: first.city } : {}),
  };
}

/** The fillable parts of a found address; a missing letter or addition is an empty part. */
export function addressParts(address: FoundAddress): Required<FillableParts> {
  return { houseLetter: address.houseLetter ?? '', addition: address.addition ?? '', street: address.street, city: address.city };
}

/**
 * The changes that bring the form to `wanted` without losing anything the person typed: a part
 * changes only when it is empty or still holds what the lookup itself put there (`filledBefore`),
 * and never while the person is in it. A part the lookup filled for an earlier postcode or number
 * and that `wanted` lacks is emptied, so a stale street does not stay behind.
 *
 * @param focused the part that has focus now, if any.
 */
export function partsToFill(current: FillableParts, filledBefore: FillableParts, wanted: FillableParts, focused?: FillablePart): FillableParts {
  const changes: FillableParts = {};
  for (const part of FILLABLE_PARTS) {
    const value = current[part] ?? '';
    const ours = value.trim() === '' || value === filledBefore[part];
    const next = wanted[part] ?? '';
    if (part !== focused && ours && value !== next) changes[part] = next;
  }
  return changes;
}
