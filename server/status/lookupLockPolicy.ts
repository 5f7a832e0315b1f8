import type { StatusLookupMisses } from './StatusLookupStore';

/** When wrong status codes lock a reference (`STATUS_LOCK_AFTER_MISSES`, `STATUS_LOCK_MINUTES`). */
export interface LookupLockPolicy {
  /** Misses within `lockMs` after which the reference is locked; default 5. */
  readonly lockAfterMisses: number;
  /** How long misses count together, and how long a lock lasts (ms); default 15 minutes. */
  readonly lockMs: number;
}

/** Until when a reference is locked at `now`; `undefined` when it is not. */
export function lockedUntil(misses: StatusLookupMisses | undefined, now: Date): Date | undefined {
  return misses?.lockedUntil && misses.lockedUntil > now ? misses.lockedUntil : undefined;
}

/**
 * The misses after one more wrong code at `now`: counted afresh once the last one is older than
 * the lock time or a lock has ended; the `lockAfterMisses`-th within it locks the reference.
 */
export function nextMisses(previous: StatusLookupMisses | undefined, now: Date, policy: LookupLockPolicy): StatusLookupMisses {
  const stale = !previous || now.getTime() - previous.lastMissedAt.getTime() >= policy.lockMs || (previous.lockedUntil !== undefined && previous.lockedUntil <= now);
  const misses = stale ? 1 : previous.misses + 1;
  return misses >= policy.lockAfterMisses ? { misses, lastMissedAt: now, lockedUntil: new Date(now.getTime() + policy.lockMs) } : { misses, lastMissedAt: now };
}
