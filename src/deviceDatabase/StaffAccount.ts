/**
 * An employee's account as kept on this tablet (store `staffAccounts`): never the PIN, only a slow
 * hash of it. Its `staffId` and `name` are what staff sign-in hands the wizard (`StaffMember` in
 * `src/staff/`), which knows nothing of how an account is kept.
 */
export interface StaffAccount {
  /** The municipality's staff id, normalised (`normalizeStaffId`); the key of the store. */
  readonly staffId: string;
  /** The name shown in the header and sent with the application. */
  readonly name: string;
  /** 16 random bytes, base64. */
  readonly salt: string;
  /** PBKDF2-SHA-256 rounds the hash was made with, so raising the figure later keeps old accounts working. */
  readonly iterations: number;
  /** 32 bytes, base64. */
  readonly pinHash: string;
  /** Wrong PINs for this account, as epoch milliseconds (see `PIN_ATTEMPT_LIMIT`). */
  readonly failures: readonly number[];
  /** ISO date-time. */
  readonly addedAt: string;
}
