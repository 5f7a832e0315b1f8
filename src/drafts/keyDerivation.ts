import type { ResumeCode } from './resumeCode';

/**
 * PBKDF2-HMAC-SHA-256 iterations for every key and lookup id made from a resume code: OWASP's
 * figure for this function (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#pbkdf2).
 * About 0.1 s on a laptop, more on a tablet; paid once per save-for-later and per opening.
 */
export const PBKDF2_ITERATIONS = 600_000;

/**
 * The fixed salt of the lookup id. Fixed, because every tablet and the intake service must compute
 * the same id from the same code; distinct from the random salt of the encryption key, so the
 * lookup id and the key are unrelated outputs.
 */
const LOOKUP_SALT = new TextEncoder().encode('hulploket-lookup-v1');

/** The AES-GCM-256 key that seals a draft, from its code and the record's salt. Not extractable. */
export async function deriveSealingKey(code: ResumeCode, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await importCode(code),
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** 32 bytes that identify a code's sealed draft without revealing the code. */
export async function deriveLookupBytes(code: ResumeCode, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: LOOKUP_SALT, iterations }, await importCode(code), 256);
  return new Uint8Array(bits);
}

function importCode(code: ResumeCode): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
}
