import type { ValidationCodeFor } from './codes';
import type { ValidationResult } from './ValidationResult';

/**
 * Letter pairs PostNL never issues, because SA, SD and SS were Nazi organisations during the occupation.
 * A postcode with them does not exist, so it is a typo.
 */
const reservedLetters = new Set(['SA', 'SD', 'SS']);

/**
 * Validates a Dutch postcode: four digits not starting with 0, then two letters (any case), optionally separated
 * by a space or dash. Spaces anywhere and surrounding whitespace are ignored.
 *
 * @returns on success the canonical form without a space, e.g. `"1234AB"` for `" 1234 ab "`.
 *   Use {@link formatPostcode} to show it as `"1234 AB"`.
 *   Codes: `postcode.empty`, `postcode.format`, `postcode.leadingZero`, `postcode.missingLetters`
 *   (only the four digits were typed), `postcode.reservedLetters` (SA, SD or SS).
 */
export function validatePostcode(raw: string): ValidationResult<string, ValidationCodeFor<'postcode'>> {
  const compact = raw.replace(/[\s-]/g, '').toUpperCase();
  if (compact === '') return { ok: false, code: 'postcode.empty' };
  if (!/^\d{4}([A-Z]{2})?$/.test(compact)) return { ok: false, code: 'postcode.format' };
  // Postcodes start at 1000; a leading 0 is a typo, and worth its own message because it is easy to fix.
  if (compact.startsWith('0')) return { ok: false, code: 'postcode.leadingZero' };
  if (compact.length === 4) return { ok: false, code: 'postcode.missingLetters' };
  if (reservedLetters.has(compact.slice(4))) return { ok: false, code: 'postcode.reservedLetters' };
  return { ok: true, value: compact };
}
