import type { ValidationCode } from '../codes';
import type { ValidationResult } from '../ValidationResult';
import { readDigits } from './readDigits';

/** The codes one 11-proef number type emits; BSN and RSIN pass their own so the messages can differ. */
export type ElfproefCodes<C extends ValidationCode> = Record<'empty' | 'characters' | 'length' | 'checksum', C>;

/** 11-proef weights for digits 1–9 (https://nl.wikipedia.org/wiki/Elfproef). */
const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/**
 * Validates a 9-digit number that the Dutch government checks with the 11-proef: BSN (people) and RSIN
 * (organisations) use the same rule, so they share this one implementation.
 *
 * The 11-proef: multiply the digits by 9, 8, 7, 6, 5, 4, 3, 2 and −1; the sum must be divisible by 11. It catches
 * every single mistyped digit and most swapped neighbours.
 *
 * 8 digits are accepted and padded with a leading 0: older numbers start with 0 and many systems (and people)
 * drop it, and the 11-proef is defined on the padded 9 digits.
 */
export function validateElfproefNumber<C extends ValidationCode>(
  raw: string,
  codes: ElfproefCodes<C>,
): ValidationResult<string, C> {
  const read = readDigits(raw);
  if (!read.ok) return { ok: false, code: codes[read.problem] };
  const { digits } = read;
  if (digits.length !== 8 && digits.length !== 9) {
    return { ok: false, code: codes.length, params: { length: digits.length } };
  }
  const padded = digits.padStart(9, '0');
  // All zeros passes the sum (0 % 11 === 0) but is never issued; people type it when they do not know the number.
  if (/^0+$/.test(padded)) return { ok: false, code: codes.checksum };
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    sum += Number(padded[i]) * weights[i]!;
  }
  if (sum % 11 !== 0) return { ok: false, code: codes.checksum };
  return { ok: true, value: padded };
}
