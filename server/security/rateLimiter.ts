/** The outcome of asking for one request's worth of rate. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Per-key request budget. */
export interface RateLimiter {
  /** Spends one request of `key`'s budget, or says how long to wait when none is left. */
  take(key: string): RateDecision;
  /** Returns one request to `key`'s budget, for a request that turned out not to count (never above the burst). */
  giveBack(key: string): void;
}

/**
 * An in-memory token bucket per key (per device): a burst of `perMinute` requests, refilled
 * evenly over the minute. Memory grows only with the number of keys, and only verified devices
 * get a key. One process only; instances behind a load balancer each keep their own buckets.
 *
 * @param perMinute requests per minute per key, also the burst size.
 * @param now clock in milliseconds, for tests.
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refilled = (key: string) => {
    const time = now();
    const bucket = buckets.get(key) ?? { tokens: perMinute, at: time };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs);
    bucket.at = time;
    buckets.set(key, bucket);
    return bucket;
  };
  return {
    take(key) {
      const bucket = refilled(key);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
    giveBack(key) {
      const bucket = refilled(key);
      bucket.tokens = Math.min(perMinute, bucket.tokens + 1);
    },
  };
}
