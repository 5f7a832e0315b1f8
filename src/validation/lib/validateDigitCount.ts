import type { ValidationCode } from '../codes';
import type { ValidationResult } from '../ValidationResult';
import { readDigits } from './readDigits';

/** The codes one fixed-length number type emits. */
export type DigitCountCodes<C extends ValidationCode> = Record<'empty' | 'characters' | 'length', C>;

/**
 * Validates a number that is exactly `length` digits and has no public checksum (KvK-nummer, vestigingsnummer).
 * Leading zeros are significant and kept.
 */
export function validateDigitCount<C extends ValidationCode>(
  raw: string,
  length: number,
  codes: DigitCountCodes<C>,
): ValidationResult<string, C> {
  const read = readDigits(raw);
  if (!read.ok) return { ok: false, code: codes[read.problem] };
  if (read.digits.length !== length) {
    return { ok: false, code: codes.length, params: { length: read.digits.length } };
  }
  return { ok: true, value: read.digits };
}
