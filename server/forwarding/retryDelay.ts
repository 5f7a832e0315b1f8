import type { ZgwRetryPolicy } from './zgw/ZgwConfig';

/**
 * The wait before try `attempt + 1`: doubling from `firstDelaySeconds`, capped at
 * `maxDelayMinutes`, with "equal jitter" (half fixed, half random), so applications that failed
 * together (the case system was down) do not all come back at the same moment.
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
export function retryDelayMs(attempt: number, policy: ZgwRetryPolicy, random: () => number = Math.random): number {
  const capped = Math.min(policy.maxDelayMinutes * 60_000, policy.firstDelaySeconds * 1000 * 2 ** Math.max(0, attempt - 1));
  return capped / 2 + random() * (capped / 2);
}
