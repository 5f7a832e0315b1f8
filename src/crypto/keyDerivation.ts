/**
 * PBKDF2-HMAC-SHA-256 iterations for every key, lookup id and hash made from something a person
 * types (a resume code, a staff PIN): OWASP's figure for this function
 * (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#pbkdf2).
 * About 0.1 s on a laptop, more on a tablet; paid once per save-for-later, opening or sign-in.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** 32 bytes derived from `secret` (its UTF-8 bytes) and `salt` with PBKDF2-SHA-256. */
export async function deriveKeyBytes(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, await importSecret(secret), 256);
  return new Uint8Array(bits);
}

/** An AES-GCM-256 key for encrypting and decrypting, derived from `secret` and `salt`. Not extractable. */
export async function deriveAesGcmKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await importSecret(secret),
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function importSecret(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
}
