import type { Pool, QueryResult } from 'pg';
import type { CaseStatusPollStore, ClaimedCaseStatusPoll } from '../../forwarding/CaseStatusPollStore';
import type { CaseStatusRecord, CaseStatusSnapshot } from '../../status/CaseStatus';
import { asPostgresStoreError } from './asPostgresStoreError';
import { refuseNulCharacters } from './refuseNulCharacters';

/**
 * Adds the rows of applications registered since the last claim, due from their registration; a
 * concurrent claim of another instance that adds the same row first makes this one skip it.
 */
const ADD_REGISTERED = `
  INSERT INTO case_status (application_id, next_poll_at)
  SELECT application_id, registered_at FROM forwarding
  WHERE state = 'registered' AND zaak_url IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM case_status WHERE case_status.application_id = forwarding.application_id)
  ON CONFLICT (application_id) DO NOTHING`;

/**
 * Claims as the forwarding outbox does (`PostgresForwardingStore`): one statement whose subquery
 * locks the due rows `FOR UPDATE SKIP LOCKED`, so concurrent claims of every instance take
 * different rows, and a lease committed at once, so no transaction stays open while the poller
 * calls the case system.
 */
const CLAIM = `
  UPDATE case_status SET lease_id = gen_random_uuid()::text, lease_until = $2
  FROM applications, forwarding
  WHERE applications.id = case_status.application_id AND forwarding.application_id = case_status.application_id
    AND case_status.application_id IN (
      SELECT application_id FROM case_status
      WHERE next_poll_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
      ORDER BY next_poll_at, application_id
      LIMIT $3
      FOR UPDATE SKIP LOCKED)
  RETURNING applications.reference, forwarding.zaak_url, case_status.next_poll_at, case_status.application_id, case_status.lease_id,
    case_status.lease_until, case_status.snapshot`;

interface ClaimRow {
  reference: string;
  zaak_url: string;
  next_poll_at: Date;
  application_id: string;
  lease_id: string;
  lease_until: Date;
  snapshot: CaseStatusSnapshot | null;
}

interface RecordRow {
  snapshot: CaseStatusSnapshot;
  checked_at: Date;
  last_failed_at: Date | null;
}

/**
 * The snapshots of the zaken in PostgreSQL (`case_status`, created by `postgresMigrations`), on the
 * application store's pool, which closes it. Every method is one statement (the claim two, each
 * safe on its own), so none holds a transaction or a lock longer than that statement; a write
 * names its lease, and a lease that is no longer the row's changes nothing.
 */
export class PostgresCaseStatusStore implements CaseStatusPollStore {
  constructor(private readonly pool: Pool) {}

  async read(reference: string): Promise<CaseStatusRecord | undefined> {
    if (reference.includes('\u0000')) return undefined;
    const {
      rows: [row],
    } = await this.run<RecordRow>(
      `SELECT snapshot, checked_at, last_failed_at FROM case_status JOIN applications ON applications.id = case_status.application_id
       WHERE applications.reference = $1 AND case_status.snapshot IS NOT NULL`,
      [reference],
    );
    if (!row) return undefined;
    return {
      snapshot: row.snapshot,
      checkedAt: row.checked_at.toISOString(),
      ...(row.last_failed_at === null ? {} : { lastFailedAt: row.last_failed_at.toISOString() }),
    };
  }

  async claimDue(now: Date, leaseMs: number, limit: number): Promise<readonly ClaimedCaseStatusPoll[]> {
    if (limit < 1) return [];
    await this.run(ADD_REGISTERED, []);
    const { rows } = await this.run<ClaimRow>(CLAIM, [now, new Date(now.getTime() + leaseMs), limit]);
    // RETURNING keeps no order: longest due first, as the subquery chose them.
    return rows
      .sort((a, b) => a.next_poll_at.getTime() - b.next_poll_at.getTime() || Number(BigInt(a.application_id) - BigInt(b.application_id)))
      .map((row) => ({
        reference: row.reference,
        zaakUrl: row.zaak_url,
        leaseId: row.lease_id,
        leaseUntil: row.lease_until,
        ...(row.snapshot === null ? {} : { previous: row.snapshot }),
      }));
  }

  async recordRead(reference: string, leaseId: string, snapshot: CaseStatusSnapshot, checkedAt: Date, nextPollAt: Date | null): Promise<boolean> {
    if (reference.includes('\u0000') || leaseId.includes('\u0000')) return false;
    refuseNulCharacters({ snapshot });
    const { rowCount } = await this.run(
      `UPDATE case_status SET snapshot = $3, checked_at = $4, last_failed_at = NULL, next_poll_at = $5, lease_id = NULL, lease_until = NULL
       FROM applications WHERE applications.id = case_status.application_id AND applications.reference = $1 AND case_status.lease_id = $2`,
      [reference, leaseId, JSON.stringify(snapshot), checkedAt, nextPollAt],
    );
    return rowCount === 1;
  }

  async recordFailure(reference: string, leaseId: string, failedAt: Date, nextPollAt: Date): Promise<boolean> {
    if (reference.includes('\u0000') || leaseId.includes('\u0000')) return false;
    const { rowCount } = await this.run(
      `UPDATE case_status SET last_failed_at = $3, next_poll_at = $4, lease_id = NULL, lease_until = NULL
       FROM applications WHERE applications.id = case_status.application_id AND applications.reference = $1 AND case_status.lease_id = $2`,
      [reference, leaseId, failedAt, nextPollAt],
    );
    return rowCount === 1;
  }

  /** One statement, errors mapped to the store's. */
  private async run<Row extends object = object>(sql: string, values: readonly unknown[]): Promise<QueryResult<Row>> {
    try {
      return await this.pool.query<Row>(sql, [...values]);
    } catch (error) {
      throw asPostgresStoreError(error);
    }
  }
}
