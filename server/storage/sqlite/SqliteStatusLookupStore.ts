import type Database from 'better-sqlite3';
import type { StatusLookupApplication, StatusLookupMisses, StatusLookupStore } from '../../status/StatusLookupStore';
import { asSqliteStoreError } from './asSqliteStoreError';

interface ApplicationRow {
  reference: string;
  form_id: string;
  form_version: number;
  received_at: string;
  expected_decision_by: string;
  status_code_hash: string | null;
}

interface MissesRow {
  misses: number;
  last_missed_at: string;
  locked_until: string | null;
}

/**
 * The status lookup's reads of `applications` and its `status_lookup_misses` table (created by the
 * migrations in `SqliteApplicationStore.ts`, which owns the file). Times are ISO 8601 UTC strings
 * of one width, so comparing them as text compares them as times.
 */
export class SqliteStatusLookupStore implements StatusLookupStore {
  private readonly recordMissTransaction: Database.Transaction<
    (reference: string, next: (previous: StatusLookupMisses | undefined) => StatusLookupMisses, forgetBefore: Date) => StatusLookupMisses
  >;

  constructor(private readonly db: Database.Database) {
    this.recordMissTransaction = db.transaction((reference, next, forgetBefore) => {
      this.db
        .prepare('DELETE FROM status_lookup_misses WHERE last_missed_at < ? AND (locked_until IS NULL OR locked_until < ?) AND reference <> ?')
        .run(forgetBefore.toISOString(), forgetBefore.toISOString(), reference);
      const misses = next(this.misses(reference));
      this.db
        .prepare(
          `INSERT INTO status_lookup_misses (reference, misses, last_missed_at, locked_until) VALUES (?, ?, ?, ?)
           ON CONFLICT (reference) DO UPDATE SET misses = excluded.misses, last_missed_at = excluded.last_missed_at, locked_until = excluded.locked_until`,
        )
        .run(reference, misses.count, misses.lastAt.toISOString(), misses.lockedUntil?.toISOString() ?? null);
      return misses;
    });
  }

  async findApplication(reference: string): Promise<StatusLookupApplication | undefined> {
    const row = this.run(() =>
      this.db
        .prepare<[string], ApplicationRow>(
          'SELECT reference, form_id, form_version, received_at, expected_decision_by, status_code_hash FROM applications WHERE reference = ?',
        )
        .get(reference),
    );
    if (!row) return undefined;
    return {
      reference: row.reference,
      formId: row.form_id,
      formVersion: row.form_version,
      receivedAt: row.received_at,
      expectedDecisionBy: row.expected_decision_by,
      ...(row.status_code_hash === null ? {} : { statusCodeHash: row.status_code_hash }),
    };
  }

  async findMisses(reference: string): Promise<StatusLookupMisses | undefined> {
    return this.run(() => this.misses(reference));
  }

  async recordMiss(reference: string, next: (previous: StatusLookupMisses | undefined) => StatusLookupMisses, forgetBefore: Date): Promise<StatusLookupMisses> {
    // IMMEDIATE takes the write lock before reading, so two misses at once both count.
    return this.run(() => this.recordMissTransaction.immediate(reference, next, forgetBefore));
  }

  async clearMisses(reference: string): Promise<void> {
    this.run(() => this.db.prepare('DELETE FROM status_lookup_misses WHERE reference = ?').run(reference));
  }

  private misses(reference: string): StatusLookupMisses | undefined {
    const row = this.db.prepare<[string], MissesRow>('SELECT misses, last_missed_at, locked_until FROM status_lookup_misses WHERE reference = ?').get(reference);
    if (!row) return undefined;
    return { count: row.misses, lastAt: new Date(row.last_missed_at), ...(row.locked_until ? { lockedUntil: new Date(row.locked_until) } : {}) };
  }

  private run<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }
}
