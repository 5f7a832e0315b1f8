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
