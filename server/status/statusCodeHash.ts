import { createStatusCode, type StatusCode } from '../../src/crypto';
import { hashPassword, RANDOM_CODE_COST, verifyPassword } from '../security/passwordHash';

/**
 * A status code as the service keeps it: a scrypt hash like a back-office password
 * (`server/security/passwordHash.ts`: a random salt per application, the cost parameters stored
 * with the hash so they can be raised later), at the cost for random codes, so a copy of the
 * database gives no code back without ~2^49 scrypt runs per application.
 */
export function hashStatusCode(code: StatusCode): Promise<string> {
  return hashPassword(code, RANDOM_CODE_COST);
}

/** A hash of a code nobody has, checked when there is no hash, so a miss takes as long as a wrong code. */
let noApplicationHash: Promise<string> | undefined;

/**
 * Whether `code` is the one `hash` was made of. Without a hash (an unknown reference, or an
 * application sent without a code) the same scrypt work is done against a code nobody has, and
 * the answer is no: the time taken does not tell which references exist.
 */
export async function verifyStatusCode(code: StatusCode, hash: string | undefined): Promise<boolean> {
  noApplicationHash ??= hashPassword(createStatusCode(), RANDOM_CODE_COST);
  const right = await verifyPassword(code, hash ?? (await noApplicationHash));
  return hash !== undefined && right;
}
