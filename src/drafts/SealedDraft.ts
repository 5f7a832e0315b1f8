/**
 * A draft encrypted with a key derived from its resume code (format version 1). Plain JSON with
 * base64 strings, so the same record can be kept in IndexedDB and parked at the intake service,
 * which cannot read it.
 *
 * Every field is bound to the ciphertext: a different salt or iteration count gives a different
 * key and a different IV fails the AES-GCM check, so a changed record never opens.
 */
export interface SealedDraft {
  readonly v: 1;
  /** PBKDF2 salt, 16 random bytes, base64; new for every sealing. */
  readonly salt: string;
  /** AES-GCM IV, 12 random bytes, base64; new for every sealing. */
  readonly iv: string;
  /** PBKDF2-SHA-256 iterations used for this record (`PBKDF2_ITERATIONS` when sealed by the app). */
  readonly iterations: number;
  /** AES-GCM-256 ciphertext with its 16-byte tag, base64. */
  readonly ciphertext: string;
}

/** Fewer than this many bytes cannot hold an AES-GCM tag, let alone a draft. */
const GCM_TAG_BYTES = 16;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/**
 * Upper bound on the iteration count a record may ask for: a record fetched from elsewhere must not
 * be able to make the tablet spin for minutes.
 */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

/** Whether `value` has the shape of a `SealedDraft` (it may still fail to open). */
export function isSealedDraft(value: unknown): value is SealedDraft {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.v === 1 &&
    isBase64OfLength(record.salt, (n) => n === SALT_BYTES) &&
    isBase64OfLength(record.iv, (n) => n === IV_BYTES) &&
    typeof record.iterations === 'number' &&
    Number.isInteger(record.iterations) &&
    record.iterations >= 1 &&
    record.iterations <= MAX_PBKDF2_ITERATIONS &&
    isBase64OfLength(record.ciphertext, (n) => n > GCM_TAG_BYTES)
  );
}

export const SEALED_DRAFT_SIZES = { saltBytes: SALT_BYTES, ivBytes: IV_BYTES } as const;

function isBase64OfLength(value: unknown, fits: (bytes: number) => boolean): boolean {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return fits((value.length / 4) * 3 - padding);
}
