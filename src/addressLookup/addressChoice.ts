import type { FoundAddress } from '../intake';

/**
 * Most addresses offered as a list of radio buttons. A block of flats can have hundreds of
 * additions at one number; listing them would bury the person, so beyond this we ask for the
 * letter or addition instead.
 */
export const MAX_LISTED_ADDRESSES = 10;

/** What to show for the addresses found at one number. */
export type AddressChoice =
  | { readonly kind: 'one'; readonly address: FoundAddress }
  | { readonly kind: 'several'; readonly addresses: readonly FoundAddress[] }
  | { readonly kind: 'many'; readonly count: number };

/** One address is simply used; a few become a choice; many ask for the letter or addition. */
export function addressChoice(addresses: readonly [FoundAddress, ...FoundAddress[]]): AddressChoice {
  if (addresses.length === 1) return { kind: 'one', address: addresses[0] };
  if (addresses.length <= MAX_LISTED_ADDRESSES) return { kind: 'several', addresses };
  return { kind: 'many', count: addresses.length };
}
