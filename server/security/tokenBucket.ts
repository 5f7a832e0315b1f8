import type { RateDecision } from './RateBudgets';

/** One key's budget: `tokens` requests left at time `at` (epoch ms). */
export interface Bucket {
  readonly tokens: number;
  readonly at: number;
}

/**
 * A token bucket: a burst of `perMinute` requests, refilled evenly over the minute. Spends one
 * request at `now` if there is one, or says how long until there is. The one home of the rule,
 * whichever store keeps the buckets.
 */
export function spendFromBucket(bucket: Bucket, now: number, perMinute: number): { bucket: Bucket; decision: RateDecision } {
  const perMs = perMinute / 60_000;
  const tokens = refilled(bucket, now, perMinute);
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, at: now }, decision: { allowed: true } };
  return { bucket: { tokens, at: now }, decision: { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) } };
}

/** Gives one request back at `now`, never above the burst. */
export function returnToBucket(bucket: Bucket, now: number, perMinute: number): Bucket {
  return { tokens: Math.min(perMinute, refilled(bucket, now, perMinute) + 1), at: now };
}

function refilled(bucket: Bucket, now: number, perMinute: number): number {
  // A clock that went back (another instance's, or NTP) refills nothing rather than taking away.
  const elapsed = Math.max(0, now - bucket.at);
  return Math.min(perMinute, bucket.tokens + (elapsed * perMinute) / 60_000);
}
