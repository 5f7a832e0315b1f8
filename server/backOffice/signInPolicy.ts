import type { SignInFailures } from './BackOfficeAccountStore';

const MINUTE_MS = 60 * 1000;

/** Wrong passwords in {@link FAILURE_WINDOW_MS} after which a user name is locked out. */
export const MAX_FAILED_SIGN_INS = 5;
/** How long wrong passwords count together, and how long a lock-out lasts: 15 minutes. */
export const FAILURE_WINDOW_MS = 15 * MINUTE_MS;
export const LOCK_OUT_MS = 15 * MINUTE_MS;
/** A session ends after this much idleness: 8 hours, one working day. */
export const SESSION_IDLE_MS = 8 * 60 * MINUTE_MS;

/** Until when a user name is locked out at `now`; `undefined` when it is not. */
export function lockedUntil(failures: SignInFailures | undefined, now: Date): Date | undefined {
  return failures?.lockedUntil && failures.lockedUntil > now ? failures.lockedUntil : undefined;
}

/**
 * The failures after one more wrong password at `now`: counted afresh once the last one is older
 * than the window or a lock-out has ended; the fifth in the window locks the name out.
 */
export function nextFailures(previous: SignInFailures | undefined, now: Date): SignInFailures {
  const stale =
    !previous || now.getTime() - previous.lastFailedAt.getTime() >= FAILURE_WINDOW_MS || (previous.lockedUntil !== undefined && previous.lockedUntil <= now);
  const failures = stale ? 1 : previous.failures + 1;
  return failures >= MAX_FAILED_SIGN_INS
    ? { failures, lastFailedAt: now, lockedUntil: new Date(now.getTime() + LOCK_OUT_MS) }
    : { failures, lastFailedAt: now };
}
