/**
 * Codes a person reads aloud, writes down by hand and types back (a resume code, a status code):
 * the one home of their alphabet, their check symbol and how typed text is read.
 *
 * - No look-alikes: no 0/O, 1/I/L. 31 symbols remain, so each random symbol carries log2(31) ≈ 4.95 bits.
 * - The last symbol is a check symbol: a position-weighted sum modulo 31 (a prime), so every single
 *   wrong symbol and every swap of two symbols is caught as a typo before anything is looked up.
 * - Typed text may be in lower case, with spaces, dashes, dots or underscores anywhere.
 */

/** The 31 symbols a code is made of. */
export const TYPEABLE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const BASE = TYPEABLE_ALPHABET.length;
/** The largest multiple of 31 that fits in a byte: bytes from here on would favour the first symbols. */
const UNBIASED_BYTE_LIMIT = Math.floor(256 / BASE) * BASE;

/** Why typed text cannot be a code of the expected length, before anything is looked up. */
export type TypeableCodeError = 'length' | 'characters' | 'checksum';

export type ReadTypeableCode = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly error: TypeableCodeError };

/** Bits of chance in a code of `length` symbols, the check symbol included (it adds none). */
export function typeableCodeEntropyBits(length: number): number {
  return (length - 1) * Math.log2(BASE);
}

/**
 * A new random code of `length` symbols (the last one the check symbol) from
 * `crypto.getRandomValues`, without modulo bias (rejection sampling).
 */
export function createTypeableCode(length: number): string {
  const randomSymbols = length - 1;
  const values: number[] = [];
  while (values.length < randomSymbols) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < UNBIASED_BYTE_LIMIT && values.length < randomSymbols) values.push(byte % BASE);
    }
  }
  return toCode([...values, checkValue(values)]);
}

/**
 * The canonical code (upper case, no separators) for what a person typed, checked against the
 * expected length and the check symbol. Look-alike symbols that no code contains (0, O, 1, I, L)
 * are reported, not guessed at: a wrong guess would cost an attempt.
 */
export function readTypeableCode(input: string, length: number): ReadTypeableCode {
  const text = input.replace(/[\s\-\u2010-\u2015_.]/g, '').toUpperCase();
  const values = [...text].map((symbol) => TYPEABLE_ALPHABET.indexOf(symbol));
  if (values.some((value) => value < 0)) return { ok: false, error: 'characters' };
  if (values.length !== length) return { ok: false, error: 'length' };
  if (checkValue(values.slice(0, length - 1)) !== values[length - 1]) return { ok: false, error: 'checksum' };
  return { ok: true, code: toCode(values) };
}

/** A canonical code in groups of `size` symbols joined by dashes, for reading and printing. */
export function groupTypeableCode(code: string, size: number): string {
  return code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? code;
}

/**
 * The check symbol for `values`: chosen so that Σ (i + 1) · vᵢ over all symbols, the check symbol
 * at weight n = values.length + 1 included, is 0 mod 31. As 31 is prime and the weights 1…n differ
 * (n ≤ 30), any one changed symbol and any swap of two symbols changes the sum.
 */
function checkValue(values: readonly number[]): number {
  const sum = values.reduce((total, value, index) => total + (index + 1) * value, 0);
  const weight = values.length + 1;
  return (((-sum * inverseModBase(weight)) % BASE) + BASE) % BASE;
}

/** x with weight · x ≡ 1 (mod 31); e.g. 13 for the resume code's weight 12 (12 × 13 = 156 = 5 × 31 + 1). */
function inverseModBase(weight: number): number {
  for (let candidate = 1; candidate < BASE; candidate += 1) if ((weight * candidate) % BASE === 1) return candidate;
  throw new Error(`A code of ${weight} symbols is too long for a check symbol modulo ${BASE}`);
}

function toCode(values: readonly number[]): string {
  return values.map((value) => TYPEABLE_ALPHABET[value]).join('');
}
