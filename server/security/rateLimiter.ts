import { spendFromBucket, returnToBucket, type Bucket } from './tokenBucket';

/** The outcome of asking for one request's worth of rate. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Per-key request budget. */
export interface RateLimiter {
  /** Spends one request of `key`'s budget, or says how long to wait when none is left. */
  take(key: string): Promise<RateDecision>;
  /** Returns one request to `key`'s budget, for a request that turned out not to count (never above the burst). */
  giveBack(key: string): Promise<void>;
}

/**
 * Where the budgets live: `budget(name, perMinute)` is the budget called `name` (one per kind of
 * use: sending, reading, ...) of `perMinute` requests per key. Instances behind one load balancer
 * must share it, or a client escapes its budget by reaching another instance.
 */
export type RateBudgets = (name: string, perMinute: number) => RateLimiter;

/**
 * Budgets in this process's memory: right for one instance (the embedded SQLite service). Memory
 * grows only with the number of keys, and only verified devices get a key.
 *
 * @param now clock in milliseconds, for tests.
 */
export function memoryRateBudgets(now: () => number = Date.now): RateBudgets {
  const byName = new Map<string, Map<string, Bucket>>();
  return (name, perMinute) => {
    // One budget per name, however often it is asked for, as in a shared store.
    const buckets = byName.get(name) ?? new Map<string, Bucket>();
    byName.set(name, buckets);
    const current = (key: string): Bucket => buckets.get(key) ?? { tokens: perMinute, at: now() };
    return {
      async take(key) {
        const { bucket, decision } = spendFromBucket(current(key), now(), perMinute);
        buckets.set(key, bucket);
        return decision;
      },
      async giveBack(key) {
        buckets.set(key, returnToBucket(current(key), now(), perMinute));
      },
    };
  };
}
