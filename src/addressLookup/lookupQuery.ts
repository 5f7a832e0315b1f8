import { validatePostcode } from '../validation';

/** A postcode and house number the address service can be asked about. */
export interface LookupQuery {
  /** Canonical, e.g. `1234AB`. */
  readonly postcode: string;
  /** Digits only, e.g. `12`. */
  readonly houseNumber: string;
}

/**
 * The query for what was typed, or `undefined` while postcode or number is not (yet) one: the
 * same checks as the answer itself gets, so we never ask about something the form would refuse.
 */
export function lookupQuery(postcode: string, houseNumber: string): LookupQuery | undefined {
  const checked = validatePostcode(postcode);
  const number = houseNumber.trim();
  return checked.ok && /^[1-9]\d{0,4}$/.test(number) ? { postcode: checked.value, houseNumber: number } : undefined;
}
