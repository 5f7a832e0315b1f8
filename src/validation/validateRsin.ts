import type { ValidationCodeFor } from './codes';
import { validateElfproefNumber } from './lib/validateElfproefNumber';
import type { ValidationResult } from './ValidationResult';

/**
 * Validates an RSIN (Rechtspersonen en Samenwerkingsverbanden Informatienummer), the tax number of an
 * organisation such as a stichting or vereniging.
 *
 * Same rule as the BSN (11-proef, 8 digits padded with a leading 0, spaces/dots/dashes ignored, all zeros
 * rejected), but with its own codes so the message points to the KvK extract instead of a passport.
 *
 * @returns on success the 9 digits. Codes: `rsin.empty`, `rsin.characters`, `rsin.length`
 *   (params: `length` = digits typed), `rsin.checksum`.
 */
export function validateRsin(raw: string): ValidationResult<string, ValidationCodeFor<'rsin'>> {
  return validateElfproefNumber(raw, {
    empty: 'rsin.empty',
    characters: 'rsin.characters',
    length: 'rsin.length',
    checksum: 'rsin.checksum',
  });
}
