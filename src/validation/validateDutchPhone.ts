import type { ValidationCodeFor } from './codes';
import type { ValidationResult } from './ValidationResult';

/** Options for {@link validateDutchPhone}. */
export interface DutchPhoneOptions {
  /**
   * Also accept numbers outside the Netherlands (`+<country code><number>` or `00<country code><number>`,
   * 8–15 digits in total as in ITU-T E.164), for people who live abroad. Default: `false`.
   */
  allowInternational?: boolean;
}

type PhoneResult = ValidationResult<string, ValidationCodeFor<'phone'>>;

/**
 * Validates a phone number.
 *
 * Spaces, dashes, dots, slashes and parentheses are ignored, and so is the trunk prefix `(0)` in the common
 * notation `+31 (0)6 1234 5678`. Accepted Dutch forms: `0` + 9 digits (the first not 0), or `+31` / `0031`
 * + 9 digits (an extra 0 after `+31`, as in `+31 06…`, is tolerated because it is unambiguous).
 *
 * @returns on success the international form: `"+31"` + 9 digits for Dutch numbers, e.g. `"+31612345678"` for
 *   `"06-12 34 56 78"`; with `allowInternational`, `"+"` + digits for other countries, e.g. `"+3221234567"`.
 *   Codes: `phone.empty`, `phone.characters`, `phone.format` (does not start with 0 or +),
 *   `phone.length` (Dutch number with the wrong number of digits), `phone.notDutch` (foreign number while
 *   `allowInternational` is off), `phone.internationalLength`.
 */
export function validateDutchPhone(
  raw: string,
  options: DutchPhoneOptions = {},
): ValidationResult<string, ValidationCodeFor<'phone'>> {
  const compact = raw.replace(/\(0\)/g, '').replace(/[\s().\-/]/g, '');
  if (compact === '') return { ok: false, code: 'phone.empty' };
  if (!/^\+?\d*$/.test(compact)) return { ok: false, code: 'phone.characters' };

  let international: string;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  else if (compact.startsWith('0')) return dutchSubscriberNumber(compact.slice(1));
  else return { ok: false, code: 'phone.format' };

  // Country codes never start with 0; "+0…" or "000…" (or a lone "+") is a typo, not a foreign number.
  if (international === '' || international.startsWith('0')) return { ok: false, code: 'phone.format' };
  if (international.startsWith('31')) {
    const rest = international.slice(2);
    return dutchSubscriberNumber(rest.startsWith('0') ? rest.slice(1) : rest);
  }
  if (!options.allowInternational) return { ok: false, code: 'phone.notDutch' };
  if (international.length < 8 || international.length > 15) {
    return { ok: false, code: 'phone.internationalLength' };
  }
  return { ok: true, value: `+${international}` };
}

/** The 9 digits after the Dutch trunk prefix 0 or country code 31. */
function dutchSubscriberNumber(digits: string): PhoneResult {
  if (digits.length !== 9) return { ok: false, code: 'phone.length' };
  if (digits.startsWith('0')) return { ok: false, code: 'phone.format' };
  return { ok: true, value: `+31${digits}` };
}
