import type { LockOutPolicy } from '../security/lockOut';

const MINUTE_MS = 60 * 1000;

/** Five wrong passwords within 15 minutes lock a user name out for 15 minutes. */
export const SIGN_IN_LOCK_OUT: LockOutPolicy = { lockAfter: 5, windowMs: 15 * MINUTE_MS };
/** A session ends after this much idleness: 8 hours, one working day. */
export const SESSION_IDLE_MS = 8 * 60 * MINUTE_MS;
