import type { ValidationCodeFor } from './codes';
import { findKentekenSideCode } from './lib/findKentekenSideCode';
import type { ValidationResult } from './ValidationResult';

/**
 * Validates a Dutch kenteken (number plate) by its RDW side code: 6 letters and digits in one of the 14
 * letter/digit orders such as `XX-99-99`, `99-XX-99`, `9-XXX-99` or `XX-999-X`. Dashes and spaces are ignored
 * (where they are does not matter) and letters may be lower case.
 *
 * Letters are not restricted. Since side code 4 or 5 (sources differ) the RDW skips vowels, C and Q on
 * ordinary plates, but older plates, trailers (O…), the royal household (AA…) and diplomats (CD…) do use them.
 * Rejecting those letters would turn away real plates, while the only gain would be catching a rare typo.
 * Foreign plates have other shapes; ask for them as a separate choice and do not run them through this check.
 *
 * @returns on success the plate in upper case without dashes, e.g. `"AB123C"` for `"ab-123-c"`. Use
 *   {@link formatKenteken} to show it with dashes.
 *   Codes: `kenteken.empty`, `kenteken.characters`, `kenteken.length` (not 6 letters and digits),
 *   `kenteken.sideCode` (6 characters, but in an order no Dutch plate has).
 */
export function validateKenteken(raw: string): ValidationResult<string, ValidationCodeFor<'kenteken'>> {
  const compact = raw.replace(/[\s-]/g, '').toUpperCase();
  if (compact === '') return { ok: false, code: 'kenteken.empty' };
  if (!/^[A-Z0-9]+$/.test(compact)) return { ok: false, code: 'kenteken.characters' };
  if (compact.length !== 6) return { ok: false, code: 'kenteken.length' };
  if (findKentekenSideCode(compact) === undefined) return { ok: false, code: 'kenteken.sideCode' };
  return { ok: true, value: compact };
}
