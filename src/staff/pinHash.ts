import { deriveKeyBytes, PBKDF2_ITERATIONS } from '../crypto';

/**
 * PBKDF2-HMAC-SHA-256 rounds for a PIN: the same OWASP figure as for resume codes (see
 * `src/crypto/keyDerivation.ts`). A PIN has few digits, so the slowness is what makes a stolen
 * tablet's database expensive to search; the attempt limit guards the sign-in itself.
 */
export const PIN_ITERATIONS = PBKDF2_ITERATIONS;

/** 32 bytes derived from the PIN and the account's salt. */
export function hashPin(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  return deriveKeyBytes(pin, salt, iterations);
}
