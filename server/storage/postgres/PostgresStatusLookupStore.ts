import type { Pool, QueryResult } from 'pg';
import type { StatusLookupApplication, StatusLookupMisses, StatusLookupStore } from '../../status/StatusLookupStore';
import { asPostgresStoreError } from './asPostgresStoreError';
import { withClient } from './withClient';
import { withTransaction } from './withTransaction';

interface ApplicationRow {
  reference: string;
  form_id: string;
  form_version: number;
  received_at: Date;
  expected_decision_by: string;
  status_code_hash: string | null;
}

interface MissesRow {
  misses: number;
  last_missed_at: Date;
  locked_until: Date | null;
}

/**
 * The status lookup's reads of `applications` and its `status_lookup_misses` table (created by
 * `postgresMigrations`), on the application store's pool, which closes it. Shared by every
 * instance: a lock counted on one holds on all.
 */
export class PostgresStatusLookupStore implements StatusLookupStore {
  constructor(private readonly pool: Pool) {}

  async findApplication(reference: string): Promise<StatusLookupApplication | undefined> {
    const {
      rows: [row],
    } = await this.run<ApplicationRow>(
      `SELECT reference, form_id, form_version, received_at, to_char(expected_decision_by, 'YYYY-MM-DD') AS expected_decision_by, status_code_hash
       FROM applications WHERE reference = $1`,
      [reference],
    );
    if (!row) return undefined;
    return {
      reference: row.reference,
      formId: row.form_id,
      formVersion: row.form_version,
      receivedAt: row.received_at.toISOString(),
      expectedDecisionBy: row.expected_decision_by,
      ...(row.status_code_hash === null ? {} : { statusCodeHash: row.status_code_hash }),
    };
  }

  async findMisses(reference: string): Promise<StatusLookupMisses | undefined> {
    const {
      rows: [row],
    } = await this.run<MissesRow>('SELECT misses, last_missed_at, locked_until FROM status_lookup_misses WHERE reference = $1', [reference]);
    return row && row.misses > 0 ? toMisses(row) : undefined;
  }

  async recordMiss(reference: string, next: (previous: StatusLookupMisses | undefined) => StatusLookupMisses, forgetBefore: Date): Promise<StatusLookupMisses> {
    try {
      return await withClient(this.pool, (client) =>
        withTransaction(client, async () => {
          await client.query('DELETE FROM status_lookup_misses WHERE last_missed_at < $1 AND (locked_until IS NULL OR locked_until < $1) AND reference <> $2', [
            forgetBefore,
            reference,
          ]);
          // A row to lock first, so concurrent misses (on any instance) wait for each other and all count.
          await client.query('INSERT INTO status_lookup_misses (reference, misses, last_missed_at) VALUES ($1, 0, $2) ON CONFLICT (reference) DO NOTHING', [
            reference,
            new Date(0),
          ]);
          const {
            rows: [row],
          } = await client.query<MissesRow>('SELECT misses, last_missed_at, locked_until FROM status_lookup_misses WHERE reference = $1 FOR UPDATE', [reference]);
          const misses = next(row && row.misses > 0 ? toMisses(row) : undefined);
          await client.query('UPDATE status_lookup_misses SET misses = $2, last_missed_at = $3, locked_until = $4 WHERE reference = $1', [
            reference,
            misses.count,
            misses.lastAt,
            misses.lockedUntil ?? null,
          ]);
          return misses;
        }),
      );
    } catch (error) {
      throw asPostgresStoreError(error);
    }
  }

  async clearMisses(reference: string): Promise<void> {
    await this.run('DELETE FROM status_lookup_misses WHERE reference = $1', [reference]);
  }

  private async run<Row extends object = object>(sql: string, values: readonly unknown[]): Promise<QueryResult<Row>> {
    try {
      return await this.pool.query<Row>(sql, [...values]);
    } catch (error) {
      throw asPostgresStoreError(error);
    }
  }
}

function toMisses(row: MissesRow): StatusLookupMisses {
  return { count: row.misses, lastAt: row.last_missed_at, ...(row.locked_until ? { lockedUntil: row.locked_until } : {}) };
}
