import { deriveKeyBytes, PBKDF2_ITERATIONS } from '../crypto';
import type { ResumeCode } from './resumeCode';

export interface LookupIdOptions {
  /**
   * PBKDF2 iterations; default `PBKDF2_ITERATIONS`. Only tests that are not about the key derivation
   * lower it, for speed: every tablet and the intake service must use the same count.
   */
  readonly iterations?: number;
}

/**
 * The fixed salt of the lookup id. Fixed, because every tablet and the intake service must compute
 * the same id from the same code; distinct from the random salt of the encryption key, so the
 * lookup id and the key are unrelated outputs.
 */
const LOOKUP_SALT = new TextEncoder().encode('hulploket-lookup-v1');

/**
 * The id a sealed draft is kept under, here and at the intake service: 64 hex characters.
 *
 * Why a slow derivation and not a plain hash: a code has ~54.5 bits, so whoever holds a lookup id
 * (the intake service, or someone who copied its database) could otherwise try every code in hours.
 * With 600,000 PBKDF2 rounds each guess costs as much as opening the draft itself. The fixed salt
 * differs from the sealing key's random salt, so the lookup id gives no head start on the key, and
 * it says nothing about the draft. Online guessing is limited separately (attempt limit here, rate
 * limit at the service).
 */
export async function lookupIdFor(code: ResumeCode, options: LookupIdOptions = {}): Promise<string> {
  const bytes = await deriveKeyBytes(code, LOOKUP_SALT, options.iterations ?? PBKDF2_ITERATIONS);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
