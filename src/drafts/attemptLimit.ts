/**
 * How many wrong resume codes this device accepts: at most `maxFailures` within any `windowMinutes`.
 *
 * Per device, not per draft: a wrong code gives a different lookup id, so there is no way to know
 * which draft it was meant for. A right code does not reset the count, or someone with one valid
 * code could interleave it with guesses. With 5 per 15 minutes, trying every code of 54.5 bits
 * takes ~10^11 years; the intake service limits lookups of parked drafts the same way.
 */
export const RESUME_ATTEMPT_LIMIT = { maxFailures: 5, windowMinutes: 15 } as const;

const WINDOW_MS = RESUME_ATTEMPT_LIMIT.windowMinutes * 60_000;

/** The moment (epoch ms) at or before which failures no longer count. */
export function attemptWindowStart(now: number): number {
  return now - WINDOW_MS;
}

/** Whole minutes until another code may be tried (at least 1), or 0 when one may be tried now. */
export function minutesUntilNextAttempt(failures: readonly number[], now: number): number {
  const recent = failures.filter((time) => time > attemptWindowStart(now)).sort((a, b) => a - b);
  const excess = recent.length - RESUME_ATTEMPT_LIMIT.maxFailures;
  const releasing = recent[excess];
  if (excess < 0 || releasing === undefined) return 0;
  return Math.max(1, Math.ceil((releasing + WINDOW_MS - now) / 60_000));
}
