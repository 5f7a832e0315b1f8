/**
 * Resume codes: what a person writes down or is handed on a slip to open a saved draft again, at
 * this tablet or another one of the desk (guide: assisted.md, "Resume").
 *
 * - Read aloud and written by hand, so no look-alikes: no 0/O, 1/I/L. 31 symbols remain.
 * - 11 random symbols: 11 × log2(31) ≈ 54.5 bits. Guessing online is stopped by the attempt limit
 *   (device) and rate limiting (intake service); offline, every guess costs two PBKDF2 runs of
 *   `PBKDF2_ITERATIONS` (see `lookupIdFor` and `sealDraft`).
 * - A 12th check symbol catches every single wrong symbol and every swap of two neighbours, so a
 *   typo is reported as a typo and does not count as a wrong attempt.
 * - Shown in three groups of four: `ABCD-EFGH-JKMN`.
 */

/** The 31 symbols a code is made of. */
export const RESUME_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Symbols in a code, including the check symbol. */
export const RESUME_CODE_LENGTH = 12;

const RANDOM_SYMBOLS = RESUME_CODE_LENGTH - 1;

/** Bits of chance in a code (≈ 54.5). */
export const RESUME_CODE_ENTROPY_BITS = RANDOM_SYMBOLS * Math.log2(RESUME_CODE_ALPHABET.length);

declare const resumeCodeBrand: unique symbol;

/** A code in canonical form (12 symbols, upper case, no separators), checked. */
export type ResumeCode = string & { readonly [resumeCodeBrand]: true };

/** Message keys for a code that cannot be right, before anything is looked up. */
export type ResumeCodeError = 'resumeCode.length' | 'resumeCode.characters' | 'resumeCode.checksum';

export type NormalizedResumeCode = { readonly ok: true; readonly code: ResumeCode } | { readonly ok: false; readonly error: ResumeCodeError };

const BASE = RESUME_CODE_ALPHABET.length;
/** The largest multiple of 31 that fits in a byte: bytes from here on would favour the first symbols. */
const UNBIASED_BYTE_LIMIT = Math.floor(256 / BASE) * BASE;

/** A new random code from `crypto.getRandomValues`, without modulo bias (rejection sampling). */
export function createResumeCode(): ResumeCode {
  const values: number[] = [];
  while (values.length < RANDOM_SYMBOLS) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < UNBIASED_BYTE_LIMIT && values.length < RANDOM_SYMBOLS) values.push(byte % BASE);
    }
  }
  return toCode([...values, checkValue(values)]);
}

/**
 * The canonical code for what a person typed: lower case is fine, and spaces, dashes, dots and
 * underscores are ignored. Look-alike symbols that no code contains (0, O, 1, I, L) are reported,
 * not guessed at: a wrong guess would cost an attempt.
 */
export function normalizeResumeCode(input: string): NormalizedResumeCode {
  const text = input.replace(/[\s\-\u2010-\u2015_.]/g, '').toUpperCase();
  const values = [...text].map((symbol) => RESUME_CODE_ALPHABET.indexOf(symbol));
  if (values.some((value) => value < 0)) return { ok: false, error: 'resumeCode.characters' };
  if (values.length !== RESUME_CODE_LENGTH) return { ok: false, error: 'resumeCode.length' };
  if (checkValue(values.slice(0, RANDOM_SYMBOLS)) !== values[RANDOM_SYMBOLS]) return { ok: false, error: 'resumeCode.checksum' };
  return { ok: true, code: toCode(values) };
}

/** The code in groups of four for reading and printing, e.g. `ABCD-EFGH-JKMN`. */
export function formatResumeCode(code: ResumeCode): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * The check symbol: position-weighted sum modulo 31, chosen so that Σ (i + 1) · vᵢ over all 12
 * symbols is 0 mod 31. As 31 is prime and the weights 1–12 differ, any one changed symbol and any
 * swap of two symbols changes the sum.
 */
function checkValue(values: readonly number[]): number {
  const sum = values.reduce((total, value, index) => total + (index + 1) * value, 0);
  // 13 is the inverse of the check position's weight 12 modulo 31 (12 × 13 = 156 = 5 × 31 + 1).
  return (((-sum * 13) % BASE) + BASE) % BASE;
}

function toCode(values: readonly number[]): ResumeCode {
  return values.map((value) => RESUME_CODE_ALPHABET[value]).join('') as ResumeCode;
}
