import { formatPostcode } from './formatPostcode';

/** The parts of a Dutch address, as the wizard's address answer holds them. */
export interface AddressParts {
  readonly postcode: string;
  readonly houseNumber: string;
  readonly houseLetter?: string | undefined;
  readonly addition?: string | undefined;
  readonly street: string;
  readonly city: string;
}

/**
 * An address on two lines as a person reads it: `["Damrak 105 A", "1011 AB Amsterdam"]`. One
 * form everywhere (check page, receipt, the choices of the address lookup), so a person
 * recognises the same address.
 */
export function formatAddressLines(address: AddressParts): readonly [string, string] {
  const number = [address.houseNumber, address.houseLetter, address.addition].filter(Boolean).join(' ');
  return [`${address.street} ${number}`, `${formatPostcode(address.postcode)} ${address.city}`];
}
