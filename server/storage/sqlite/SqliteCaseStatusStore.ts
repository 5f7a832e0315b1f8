import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CaseStatusPollStore, ClaimedCaseStatusPoll } from '../../forwarding/CaseStatusPollStore';
import type { CaseStatusRecord, CaseStatusSnapshot } from '../../status/CaseStatus';
import { asSqliteStoreError } from './asSqliteStoreError';

interface DueRow {
  reference: string;
  zaak_url: string;
  snapshot_json: string | null;
}

interface RecordRow {
  snapshot_json: string;
  checked_at: string;
  last_failed_at: string | null;
}

/**
 * The snapshots of the zaken in the intake database's `case_status` table (created by the
 * migrations in `SqliteApplicationStore.ts`), one row per registered application, added by the
 * first claim after its registration. Times are ISO 8601 UTC strings of one fixed width, so they
 * compare as text. The claim runs in an IMMEDIATE transaction, as the forwarding outbox's does
 * (`SqliteForwardingStore`): two processes on the file claim one after the other.
 * docs/forwarding.md ("Keeping the status of a zaak") describes the table.
 */
export class SqliteCaseStatusStore implements CaseStatusPollStore {
  private readonly claimTransaction: Database.Transaction<(now: Date, leaseMs: number, limit: number) => ClaimedCaseStatusPoll[]>;

  constructor(private readonly db: Database.Database) {
    this.claimTransaction = db.transaction((now, leaseMs, limit) => this.claim(now, leaseMs, limit));
  }

  async read(reference: string): Promise<CaseStatusRecord | undefined> {
    try {
      const row = this.db
        .prepare<[string], RecordRow>('SELECT snapshot_json, checked_at, last_failed_at FROM case_status WHERE reference = ? AND snapshot_json IS NOT NULL')
        .get(reference);
      if (!row) return undefined;
      return {
        snapshot: JSON.parse(row.snapshot_json) as CaseStatusSnapshot,
        checkedAt: row.checked_at,
        ...(row.last_failed_at === null ? {} : { lastFailedAt: row.last_failed_at }),
      };
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async claimDue(now: Date, leaseMs: number, limit: number): Promise<readonly ClaimedCaseStatusPoll[]> {
    if (limit < 1) return [];
    try {
      return this.claimTransaction.immediate(now, leaseMs, limit);
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async recordRead(reference: string, leaseId: string, snapshot: CaseStatusSnapshot, checkedAt: Date, nextPollAt: Date | null): Promise<boolean> {
    try {
      const { changes } = this.db
        .prepare(
          `UPDATE case_status SET snapshot_json = ?, checked_at = ?, last_failed_at = NULL, next_poll_at = ?, lease_id = NULL, lease_until = NULL
           WHERE reference = ? AND lease_id = ?`,
        )
        .run(JSON.stringify(snapshot), checkedAt.toISOString(), nextPollAt?.toISOString() ?? null, reference, leaseId);
      return changes === 1;
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async recordFailure(reference: string, leaseId: string, failedAt: Date, nextPollAt: Date): Promise<boolean> {
    try {
      const { changes } = this.db
        .prepare('UPDATE case_status SET last_failed_at = ?, next_poll_at = ?, lease_id = NULL, lease_until = NULL WHERE reference = ? AND lease_id = ?')
        .run(failedAt.toISOString(), nextPollAt.toISOString(), reference, leaseId);
      return changes === 1;
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  /** Inside the IMMEDIATE transaction: adds the rows of applications registered since, then leases the due ones. */
  private claim(now: Date, leaseMs: number, limit: number): ClaimedCaseStatusPoll[] {
    const at = now.toISOString();
    this.db
      .prepare(
        `INSERT INTO case_status (reference, next_poll_at)
         SELECT reference, registered_at FROM forwarding
         WHERE state = 'registered' AND zaak_url IS NOT NULL AND reference NOT IN (SELECT reference FROM case_status)`,
      )
      .run();
    const due = this.db
      .prepare<[string, string, number], DueRow>(
        `SELECT case_status.reference, forwarding.zaak_url, case_status.snapshot_json
         FROM case_status JOIN forwarding ON forwarding.reference = case_status.reference
         WHERE case_status.next_poll_at <= ? AND (case_status.lease_until IS NULL OR case_status.lease_until <= ?)
         ORDER BY case_status.next_poll_at, case_status.reference LIMIT ?`,
      )
      .all(at, at, limit);
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const lease = this.db.prepare('UPDATE case_status SET lease_id = ?, lease_until = ? WHERE reference = ?');
    return due.map((row) => {
      const leaseId = randomUUID();
      lease.run(leaseId, leaseUntil.toISOString(), row.reference);
      return {
        reference: row.reference,
        zaakUrl: row.zaak_url,
        leaseId,
        leaseUntil,
        ...(row.snapshot_json === null ? {} : { previous: JSON.parse(row.snapshot_json) as CaseStatusSnapshot }),
      };
    });
  }
}
