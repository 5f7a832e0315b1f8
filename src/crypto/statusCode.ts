import { createTypeableCode, groupTypeableCode, readTypeableCode, typeableCodeEntropyBits, type TypeableCodeError } from './typeableCode';

/**
 * Status codes: printed on the receipt beside the reference, so that whoever holds the receipt (and
 * only they) can look up where the application stands, from any device. Made by the tablet once
 * per application and sent with it (`Application.statusCode` in `api/openapi.json`), so a retry
 * sends the same code; the intake service keeps only a slow hash of it. Typeable codes
 * (`typeableCode.ts`: no look-alikes, a check symbol), so a typo is a typo, not a wrong try.
 *
 * - 10 random symbols: 10 × log2(31) ≈ 49.5 bits, about 8 × 10^14 codes. The service answers at most
 *   `STATUS_LOCK_AFTER_MISSES` (5) wrong codes per reference in `STATUS_LOCK_MINUTES` (15) before
 *   it locks that reference, so at most 480 guesses a day reach one reference: one in 1.7 × 10^12
 *   a day, and guessing across 100 000 references at once still hits one less than once in
 *   40 000 years, before the per-address rate limit slows it further.
 * - An 11th check symbol. Shown as `ABCD-EFGH-JKM`, not in the resume code's three groups of four,
 *   so the two codes on different slips are not taken for each other.
 */

/** Symbols in a status code, including the check symbol. */
export const STATUS_CODE_LENGTH = 11;

/** Bits of chance in a status code (≈ 49.5). */
export const STATUS_CODE_ENTROPY_BITS = typeableCodeEntropyBits(STATUS_CODE_LENGTH);

/** A status code in canonical form (11 symbols, upper case, no separators), as sent and hashed. */
export const STATUS_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{11}$/;

declare const statusCodeBrand: unique symbol;

/** A status code in canonical form, checked. */
export type StatusCode = string & { readonly [statusCodeBrand]: true };

/** Message keys for typed text that cannot be a status code, before anything is looked up. */
export type StatusCodeError = `statusCode.${TypeableCodeError}`;

export type ParsedStatusCode = { readonly ok: true; readonly code: StatusCode } | { readonly ok: false; readonly error: StatusCodeError };

/** A new random status code. */
export function createStatusCode(): StatusCode {
  return createTypeableCode(STATUS_CODE_LENGTH) as StatusCode;
}

/**
 * The canonical status code for what a person typed (any case, spaces, dashes), or why it cannot
 * be one: symbols no code contains, the wrong length, or a check symbol that does not match.
 */
export function parseStatusCode(input: string): ParsedStatusCode {
  const read = readTypeableCode(input, STATUS_CODE_LENGTH);
  return read.ok ? { ok: true, code: read.code as StatusCode } : { ok: false, error: `statusCode.${read.error}` };
}

/** The code for reading and printing: `ABCD-EFGH-JKM`. */
export function formatStatusCode(code: StatusCode): string {
  return groupTypeableCode(code, 4);
}
