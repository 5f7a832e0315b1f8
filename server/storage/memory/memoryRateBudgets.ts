import type { RateBudgets } from '../../security/RateBudgets';
import { returnToBucket, spendFromBucket, type Bucket } from '../../security/tokenBucket';

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
