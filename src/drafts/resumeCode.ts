import { createTypeableCode, groupTypeableCode, readTypeableCode, TYPEABLE_ALPHABET, typeableCodeEntropyBits } from '../crypto';

/**
 * Resume codes: what a person writes down or is handed on a slip to open a saved draft again, at
 * this tablet or another one of the desk (README, "Drafts and privacy on a shared tablet"). Typeable codes
 * (`src/crypto/typeableCode.ts`: no look-alikes, a check symbol).
 *
 * - 11 random symbols: 11 × log2(31) ≈ 54.5 bits. Guessing online is stopped by the attempt limit
 *   (device) and rate limiting (intake service); offline, every guess costs two PBKDF2 runs of
 *   `PBKDF2_ITERATIONS` (see `lookupIdFor` and `sealDraft`).
 * - A 12th check symbol, so a typo is reported as a typo and does not count as a wrong attempt.
 * - Shown in three groups of four: `ABCD-EFGH-JKMN`.
 */

/** The 31 symbols a code is made of. */
export const RESUME_CODE_ALPHABET = TYPEABLE_ALPHABET;

/** Symbols in a code, including the check symbol. */
export const RESUME_CODE_LENGTH = 12;

/** Bits of chance in a code (≈ 54.5). */
export const RESUME_CODE_ENTROPY_BITS = typeableCodeEntropyBits(RESUME_CODE_LENGTH);

declare const resumeCodeBrand: unique symbol;

/** A code in canonical form (12 symbols, upper case, no separators), checked. */
export type ResumeCode = string & { readonly [resumeCodeBrand]: true };

/** Message keys for a code that cannot be right, before anything is looked up. */
export type ResumeCodeError = 'resumeCode.length' | 'resumeCode.characters' | 'resumeCode.checksum';

export type NormalizedResumeCode = { readonly ok: true; readonly code: ResumeCode } | { readonly ok: false; readonly error: ResumeCodeError };

/** A new random code. */
export function createResumeCode(): ResumeCode {
  return createTypeableCode(RESUME_CODE_LENGTH) as ResumeCode;
}

/**
 * The canonical code for what a person typed: lower case is fine, and spaces, dashes, dots and
 * underscores are ignored; look-alikes no code contains are reported, not guessed at.
 */
export function normalizeResumeCode(input: string): NormalizedResumeCode {
  const read = readTypeableCode(input, RESUME_CODE_LENGTH);
  return read.ok ? { ok: true, code: read.code as ResumeCode } : { ok: false, error: `resumeCode.${read.error}` };
}

/** The code in groups of four for reading and printing, e.g. `ABCD-EFGH-JKMN`. */
export function formatResumeCode(code: ResumeCode): string {
  return groupTypeableCode(code, 4);
}
