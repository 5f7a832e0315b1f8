/**
 * Wrong guesses at a secret, counted per name (a back-office user name, an application's reference
 * for its status code), also for a name nothing has: whoever guesses learns nothing from the count.
 */
export interface WrongGuesses {
  readonly count: number;
  readonly lastAt: Date;
  /** Until when nothing is taken for this name, not even the right secret. */
  readonly lockedUntil?: Date;
}

/** When wrong guesses lock a name out. */
export interface LockOutPolicy {
  /** Wrong guesses within `windowMs` after which the name is locked out. */
  readonly lockAfter: number;
  /** How long wrong guesses count together, and how long a lock-out lasts (ms). */
  readonly windowMs: number;
}

/** Until when a name is locked out at `now`; `undefined` when it is not. */
export function lockedUntil(guesses: WrongGuesses | undefined, now: Date): Date | undefined {
  return guesses?.lockedUntil && guesses.lockedUntil > now ? guesses.lockedUntil : undefined;
}

/**
 * The wrong guesses after one more at `now`: counted afresh once the last one is older than the
 * window or a lock-out has ended; the `lockAfter`-th within the window locks the name out.
 */
export function afterWrongGuess(previous: WrongGuesses | undefined, now: Date, policy: LockOutPolicy): WrongGuesses {
  const stale = !previous || now.getTime() - previous.lastAt.getTime() >= policy.windowMs || (previous.lockedUntil !== undefined && previous.lockedUntil <= now);
  const count = stale ? 1 : previous.count + 1;
  return count >= policy.lockAfter ? { count, lastAt: now, lockedUntil: new Date(now.getTime() + policy.windowMs) } : { count, lastAt: now };
}
