/** At most `maxFailures` wrong tries within any `windowMinutes`. */
export interface AttemptLimit {
  readonly maxFailures: number;
  readonly windowMinutes: number;
}

/**
 * How many wrong resume codes this device accepts: at most `maxFailures` within any `windowMinutes`.
 *
 * Per device, not per draft: a wrong code gives a different lookup id, so there is no way to know
 * which draft it was meant for. A right code does not reset the count, or someone with one valid
 * code could interleave it with guesses. With 5 per 15 minutes, trying every code of 54.5 bits
 * takes ~10^11 years; the intake service limits lookups of parked drafts the same way.
 */
export const RESUME_ATTEMPT_LIMIT = { maxFailures: 5, windowMinutes: 15 } as const satisfies AttemptLimit;

/** The moment (epoch ms) at or before which failures no longer count. */
export function attemptWindowStart(now: number, limit: AttemptLimit = RESUME_ATTEMPT_LIMIT): number {
  return now - limit.windowMinutes * 60_000;
}

/** Whole minutes until another try is allowed (at least 1), or 0 when one may be made now. */
export function minutesUntilNextAttempt(failures: readonly number[], now: number, limit: AttemptLimit = RESUME_ATTEMPT_LIMIT): number {
  const recent = failures.filter((time) => time > attemptWindowStart(now, limit)).sort((a, b) => a - b);
  const excess = recent.length - limit.maxFailures;
  const releasing = recent[excess];
  if (excess < 0 || releasing === undefined) return 0;
  return Math.max(1, Math.ceil((releasing + limit.windowMinutes * 60_000 - now) / 60_000));
}
