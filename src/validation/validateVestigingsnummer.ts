import type { ValidationCodeFor } from './codes';
import { validateDigitCount } from './lib/validateDigitCount';
import type { ValidationResult } from './ValidationResult';

/**
 * Validates a vestigingsnummer (the KvK number of one business location): exactly 12 digits.
 *
 * No public checksum, so only the shape is checked. Spaces, dots and dashes are ignored.
 *
 * @returns on success the 12 digits, leading zeros kept. Codes: `vestigingsnummer.empty`,
 *   `vestigingsnummer.characters`, `vestigingsnummer.length` (params: `length` = digits typed).
 */
export function validateVestigingsnummer(
  raw: string,
): ValidationResult<string, ValidationCodeFor<'vestigingsnummer'>> {
  return validateDigitCount(raw, 12, {
    empty: 'vestigingsnummer.empty',
    characters: 'vestigingsnummer.characters',
    length: 'vestigingsnummer.length',
  });
}
