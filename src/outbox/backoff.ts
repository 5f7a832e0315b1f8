/** How long the outbox waits between tries when the intake service cannot be reached. */
export interface BackoffOptions {
  /** Upper bound of the first wait, in ms; default 5,000. */
  readonly baseMs?: number;
  /** No wait is longer than this, in ms; default 900,000 (15 minutes). */
  readonly capMs?: number;
}

export const DEFAULT_BACKOFF_BASE_MS = 5_000;
export const DEFAULT_BACKOFF_CAP_MS = 15 * 60 * 1000;

/**
 * The wait before try number `attempt + 1` after `attempt` failed tries (from 1): capped exponential
 * backoff with "equal jitter", a random wait between half and all of min(cap, base·2^(attempt−1)),
 * so tablets that lost the network together do not all come back in the same second
 * (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/), while no retry
 * comes sooner than half the backoff ("full jitter" could retry a failing service within ms).
 * A `retryAfterSeconds` from the service (429/503 Retry-After) is a floor: never earlier than asked.
 * `random` returns a number in [0, 1), like `Math.random`.
 */
export function backoffDelayMs(
  attempt: number,
  random: () => number,
  options: BackoffOptions = {},
  retryAfterSeconds?: number,
): number {
  const base = options.baseMs ?? DEFAULT_BACKOFF_BASE_MS;
  const cap = options.capMs ?? DEFAULT_BACKOFF_CAP_MS;
  const exponent = Math.max(0, attempt - 1);
  // 2^exponent overflows to Infinity for very large attempt counts; min() keeps it at the cap.
  const ceiling = Math.min(cap, base * 2 ** exponent);
  const jittered = Math.floor(ceiling / 2 + (random() * ceiling) / 2);
  return Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
}
