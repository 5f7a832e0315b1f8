import type { ValidationCodeFor } from './codes';
import { validateElfproefNumber } from './lib/validateElfproefNumber';
import type { ValidationResult } from './ValidationResult';

/**
 * Validates a burgerservicenummer (BSN) with the 11-proef.
 *
 * Accepts 9 digits, or 8 digits (a leading 0 is added). Spaces, dots and dashes are ignored.
 * Rejects all zeros.
 *
 * @returns on success the 9 digits, e.g. `"123456782"` for `"1234 56 782"` and `"012345672"` for `"12345672"`.
 *   Codes: `bsn.empty`, `bsn.characters`, `bsn.length` (params: `length` = digits typed), `bsn.checksum`.
 */
export function validateBsn(raw: string): ValidationResult<string, ValidationCodeFor<'bsn'>> {
  return validateElfproefNumber(raw, {
    empty: 'bsn.empty',
    characters: 'bsn.characters',
    length: 'bsn.length',
    checksum: 'bsn.checksum',
  });
}
