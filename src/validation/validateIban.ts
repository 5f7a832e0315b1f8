import type { ValidationCodeFor } from './codes';
import type { ValidationResult } from './ValidationResult';

/** ISO 13616 allows IBANs of 15 (Norway) up to 34 characters. */
const minLength = 15;
const maxLength = 34;

/**
 * Validates an IBAN (ISO 13616).
 *
 * Spaces and dashes are ignored and letters may be lower case. Dutch IBANs are checked exactly: 18 characters,
 * `NL` + 2 check digits + 4 letters (bank) + 10 digits. Other countries are checked on the generic length of
 * 15–34; the check digits catch nearly all other mistakes.
 *
 * @returns on success the IBAN in upper case without spaces, e.g. `"NL91ABNA0417164300"`. Use
 *   {@link formatIban} to show it in groups of four.
 *   Codes: `iban.empty`, `iban.characters`, `iban.format` (does not start with 2 letters and 2 digits),
 *   `iban.lengthNl` / `iban.length` (params: `length` = characters typed), `iban.formatNl`, `iban.checksum`.
 */
export function validateIban(raw: string): ValidationResult<string, ValidationCodeFor<'iban'>> {
  const compact = raw.replace(/[\s-]/g, '').toUpperCase();
  if (compact === '') return { ok: false, code: 'iban.empty' };
  if (!/^[A-Z0-9]+$/.test(compact)) return { ok: false, code: 'iban.characters' };
  if (!/^[A-Z]{2}\d{2}/.test(compact)) return { ok: false, code: 'iban.format' };
  if (compact.startsWith('NL')) {
    if (compact.length !== 18) return { ok: false, code: 'iban.lengthNl', params: { length: compact.length } };
    if (!/^NL\d{2}[A-Z]{4}\d{10}$/.test(compact)) return { ok: false, code: 'iban.formatNl' };
  } else if (compact.length < minLength || compact.length > maxLength) {
    return { ok: false, code: 'iban.length', params: { length: compact.length } };
  }
  if (!hasValidCheckDigits(compact)) return { ok: false, code: 'iban.checksum' };
  return { ok: true, value: compact };
}

/**
 * ISO 13616 check: move the first 4 characters to the end, replace letters by numbers (A = 10 … Z = 35), and the
 * result modulo 97 must be 1. The number has up to ~70 digits, so the remainder is computed digit by digit
 * instead of with a big integer. Check digits must also be 02–98: 00, 01 and 99 would alias 97, 98 and 02.
 */
function hasValidCheckDigits(iban: string): boolean {
  const checkDigits = Number(iban.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    for (const digit of String(parseInt(character, 36))) {
      remainder = (remainder * 10 + Number(digit)) % 97;
    }
  }
  return remainder === 1;
}
