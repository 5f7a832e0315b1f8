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
