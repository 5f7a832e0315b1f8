import type { ValidationCodeFor } from './codes';
import { validateDigitCount } from './lib/validateDigitCount';
import type { ValidationResult } from './ValidationResult';

/**
 * Validates a KvK-nummer (Kamer van Koophandel registration number): exactly 8 digits.
 *
 * The KvK publishes no checksum, so only the shape is checked. Spaces, dots and dashes are ignored.
 *
 * @returns on success the 8 digits, leading zeros kept. Codes: `kvk.empty`, `kvk.characters`,
 *   `kvk.length` (params: `length` = digits typed).
 */
export function validateKvkNumber(raw: string): ValidationResult<string, ValidationCodeFor<'kvk'>> {
  return validateDigitCount(raw, 8, {
    empty: 'kvk.empty',
    characters: 'kvk.characters',
    length: 'kvk.length',
  });
}
