import { PBKDF2_ITERATIONS } from '../drafts';

/**
 * PBKDF2-HMAC-SHA-256 rounds for a PIN: the same OWASP figure as for resume codes (see
 * `src/drafts/keyDerivation.ts`). A PIN has few digits, so the slowness is what makes a stolen
 * tablet's database expensive to search; the attempt limit guards the sign-in itself.
 */
export const PIN_ITERATIONS = PBKDF2_ITERATIONS;

/** 32 bytes derived from the PIN and the account's salt. */
export async function hashPin(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256));
}

/** Compares two hashes in time that does not depend on where they differ. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
