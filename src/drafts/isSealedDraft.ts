import type { SealedDraft } from '../deviceDatabase';

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
