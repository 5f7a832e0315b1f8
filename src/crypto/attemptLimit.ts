/** At most `maxFailures` wrong tries within any `windowMinutes`. */
export interface AttemptLimit {
  readonly maxFailures: number;
  readonly windowMinutes: number;
}

/** The moment (epoch ms) at or before which failures no longer count. */
export function attemptWindowStart(now: number, limit: AttemptLimit): number {
  return now - limit.windowMinutes * 60_000;
}

/** Whole minutes until another try is allowed (at least 1), or 0 when one may be made now. */
export function minutesUntilNextAttempt(failures: readonly number[], now: number, limit: AttemptLimit): number {
  const recent = failures.filter((time) => time > attemptWindowStart(now, limit)).sort((a, b) => a - b);
  const excess = recent.length - limit.maxFailures;
  const releasing = recent[excess];
  if (excess < 0 || releasing === undefined) return 0;
  return Math.max(1, Math.ceil((releasing + limit.windowMinutes * 60_000 - now) / 60_000));
}
