import type { Pool } from 'pg';
import type { RateBudgets } from '../../security/RateBudgets';
import { returnToBucket, spendFromBucket, type Bucket } from '../../security/tokenBucket';
import { asPostgresStoreError } from './asPostgresStoreError';
import { withClient } from './withClient';
import { withTransaction } from './withTransaction';

interface BucketRow {
  tokens: number;
  at_ms: string;
  now_ms: string;
}

/**
 * Request budgets in the `rate_buckets` table, so a device has one budget however many instances
 * it reaches: each request locks its bucket row (`FOR UPDATE`), applies the token-bucket rule
 * (`tokenBucket.ts`, the same as in memory) on the database's clock and writes it back, in one
 * transaction. A database that cannot be reached is a StoreUnavailableError (503), as for a send.
 */
export function postgresRateBudgets(pool: Pool): RateBudgets {
  const change = (budget: string, key: string, perMinute: number, apply: (bucket: Bucket, now: number) => Bucket) =>
    withClient(pool, (client) =>
      withTransaction(client, async () => {
        // A new key starts with a full burst; the row then exists for the lock below.
        await client.query(
          `INSERT INTO rate_buckets (budget, key, tokens, at_ms) VALUES ($1, $2, $3, (extract(epoch FROM clock_timestamp()) * 1000)::bigint)
           ON CONFLICT (budget, key) DO NOTHING`,
          [budget, key, perMinute],
        );
        const {
          rows: [row],
        } = await client.query<BucketRow>(
          `SELECT tokens, at_ms, (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now_ms
             FROM rate_buckets WHERE budget = $1 AND key = $2 FOR UPDATE`,
          [budget, key],
        );
        if (!row) throw new Error('rate bucket row missing right after its insert');
        const now = Number(row.now_ms);
        const next = apply({ tokens: row.tokens, at: Number(row.at_ms) }, now);
        await client.query('UPDATE rate_buckets SET tokens = $3, at_ms = $4 WHERE budget = $1 AND key = $2', [budget, key, next.tokens, next.at]);
      }),
    ).catch((error: unknown) => {
      throw asPostgresStoreError(error);
    });

  return (budget, perMinute) => ({
    async take(key) {
      let decision: ReturnType<typeof spendFromBucket>['decision'] = { allowed: true };
      await change(budget, key, perMinute, (bucket, now) => {
        const spent = spendFromBucket(bucket, now, perMinute);
        decision = spent.decision;
        return spent.bucket;
      });
      return decision;
    },
    giveBack: (key) => change(budget, key, perMinute, (bucket, now) => returnToBucket(bucket, now, perMinute)),
  });
}
