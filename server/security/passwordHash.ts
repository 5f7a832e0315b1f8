import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** Shortest password an account may have (NIST SP 800-63B §3.1.1.2 asks at least 8; we ask 12). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest password taken, so a sign-in cannot be made to hash megabytes. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * scrypt's cost for a password: N = 2^15, r = 8, p = 1, the minimum OWASP's Password Storage Cheat Sheet names
 * (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#scrypt).
 * It needs 128·N·r = 32 MiB, Node's default `maxmem`, so `maxmem` is raised.
 */
export const PASSWORD_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
/**
 * The cost for a random code of about 50 bits that the service made nobody choose (a status code,
 * `src/crypto/statusCode.ts`): N = 2^10 (1 MiB, about 2 ms). A password needs the full cost because
 * people pick guessable ones; a random code already makes whoever copied the database try ~2^49
 * codes per application, each still a memory-hard scrypt run, while the service hashes one code
 * with every application it receives and must not spend 30 times as long on that as on the rest.
 */
export const RANDOM_CODE_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * A password (or a random code, at {@link RANDOM_CODE_COST}) as `scrypt$N$r$p$<salt>$<key>`
 * (base64): the parameters travel with the hash, so a stronger cost later still checks the
 * passwords set before.
 */
export async function hashPassword(password: string, cost: ScryptCost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` is the one `hash` was made of; compared in constant time. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) }, expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function derive(password: string, salt: Buffer, cost: ScryptCost, keyBytes = KEY_BYTES): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key))));
}
