import type { Pool, QueryResult } from 'pg';
import type { AnswerValue } from '../../../src/wizard';
import type { Application } from '../../contract/apiTypes';
import type { StoredFile } from '../../applications/ApplicationStore';
import type {
  ApplicationToForward,
  Checkpoints,
  ClaimedForwarding,
  ForwardingAttempt,
  ForwardingOutcome,
  ForwardingState,
  ForwardingStore,
  ForwardingSummary,
} from '../../forwarding/ForwardingStore';
import { finishColumns } from '../finishColumns';
import { retryRequestedAttempt } from '../retryRequestedAttempt';
import { toForwardingAttempt } from '../toForwardingAttempt';
import { toForwardingSummary } from '../toForwardingSummary';
import { asPostgresStoreError } from './asPostgresStoreError';
import { refuseNulCharacters } from './refuseNulCharacters';

/**
 * The state a row is in at `$1`: a waiting row under a lease that has not run out is being
 * registered; one whose lease ran out is waiting again (its forwarder is presumed dead).
 */
const STATE_AT_NOW = "CASE WHEN forwarding.state = 'waiting' AND forwarding.lease_until > $1 THEN 'registering' ELSE forwarding.state END";

const SUMMARY_COLUMNS = `applications.reference, applications.form_id, applications.received_at, ${STATE_AT_NOW} AS state, forwarding.attempts,
  forwarding.next_attempt_at, forwarding.reason, forwarding.zaak_identificatie, forwarding.registered_at`;

/**
 * Claims with one statement: the subquery picks the due rows, oldest due first, and locks them;
 * `SKIP LOCKED` passes over rows another claim has locked this moment, so concurrent claims from
 * every instance take different rows and never wait on each other
 * (https://www.postgresql.org/docs/current/sql-select.html#SQL-FOR-UPDATE-SHARE). A row another claim
 * leased and committed since this statement began is read again after locking, and its new lease
 * keeps it out. The lease is committed at once: no transaction stays open while the forwarder calls
 * the case system.
 */
const CLAIM = `
  UPDATE forwarding SET attempts = forwarding.attempts + 1, lease_id = gen_random_uuid()::text, lease_until = $2
  FROM applications
  WHERE applications.id = forwarding.application_id
    AND forwarding.application_id IN (
      SELECT application_id FROM forwarding
      WHERE state = 'waiting' AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
      ORDER BY next_attempt_at, application_id
      LIMIT $3
      FOR UPDATE SKIP LOCKED)
  RETURNING applications.reference, forwarding.application_id, forwarding.next_attempt_at, forwarding.attempts,
    forwarding.queued_at, forwarding.lease_id, forwarding.lease_until, forwarding.checkpoints`;

interface ClaimRow {
  reference: string;
  application_id: string;
  next_attempt_at: Date;
  attempts: number;
  queued_at: Date;
  lease_id: string;
  lease_until: Date;
  checkpoints: Checkpoints;
}

interface SummaryRow {
  reference: string;
  form_id: string;
  received_at: Date;
  state: ForwardingState;
  attempts: number;
  next_attempt_at: Date | null;
  reason: string | null;
  zaak_identificatie: string | null;
  registered_at: Date | null;
}

/** A history line as `findForwarding` aggregates it into jsonb: the time as text. */
interface AttemptJson {
  at: string;
  step: string;
  outcome: ForwardingAttempt['outcome'];
  message: string;
  detail: string | null;
  requested_by: string | null;
}

interface ApplicationRow {
  application: Application;
  answers: Record<string, AnswerValue>;
  received_at: Date;
  expected_decision_by: string;
}

/**
 * The forwarding outbox in PostgreSQL (`forwarding`, `forwarding_attempts`, created by
 * `postgresMigrations`, the waiting row written by the saving transaction through
 * `recordWaitingForwarding`), on the pool of the application store, which closes it. Every method
 * is one statement, so each commits on its own and none holds a transaction (or a lock) longer than
 * that statement: `finish` and `retryNow` update the row and add the history line in one statement
 * (a data-modifying WITH), so both happen or neither. A write names its lease in its WHERE clause; a
 * lease that is no longer the row's matches no row and changes nothing. docs/forwarding.md
 * describes the tables and the claim.
 */
export class PostgresForwardingStore implements ForwardingStore {
  /**
   * @param files the stored files of one application, streamed a chunk at a time (`PostgresApplicationStore.findFiles`).
   */
  constructor(
    private readonly pool: Pool,
    private readonly files: (reference: string) => Promise<readonly StoredFile[]>,
  ) {}

  async claimDue(now: Date, leaseMs: number, limit: number): Promise<readonly ClaimedForwarding[]> {
    // As on SQLite: no limit claims nothing (PostgreSQL would refuse a negative LIMIT).
    if (limit < 1) return [];
    const { rows } = await this.run<ClaimRow>(CLAIM, [now, new Date(now.getTime() + leaseMs), limit]);
    // RETURNING keeps no order: oldest due first, as the subquery chose them.
    return rows
      .sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime() || Number(BigInt(a.application_id) - BigInt(b.application_id)))
      .map((row) => ({
        reference: row.reference,
        attempt: row.attempts,
        queuedAt: row.queued_at,
        leaseUntil: row.lease_until,
        leaseId: row.lease_id,
        checkpoints: row.checkpoints,
      }));
  }

  async readApplication(reference: string): Promise<ApplicationToForward | undefined> {
    // No stored reference holds a NUL, and PostgreSQL could not even compare one.
    if (reference.includes('\u0000')) return undefined;
    const {
      rows: [row],
    } = await this.run<ApplicationRow>(
      "SELECT application, answers, received_at, to_char(expected_decision_by, 'YYYY-MM-DD') AS expected_decision_by FROM applications WHERE reference = $1",
      [reference],
    );
    if (!row) return undefined;
    return {
      reference,
      application: row.application,
      answers: row.answers,
      receivedAt: row.received_at,
      expectedDecisionBy: row.expected_decision_by,
      files: await this.files(reference),
    };
  }

  async saveCheckpoint(reference: string, leaseId: string, step: string, url: string): Promise<boolean> {
    if (reference.includes('\u0000') || leaseId.includes('\u0000')) return false;
    refuseNulCharacters({ step, url });
    const { rowCount } = await this.run(
      `UPDATE forwarding SET checkpoints = forwarding.checkpoints || jsonb_build_object($3::text, $4::text)
       FROM applications WHERE applications.id = forwarding.application_id AND applications.reference = $1 AND forwarding.lease_id = $2`,
      [reference, leaseId, step, url],
    );
    return rowCount === 1;
  }

  async finish(reference: string, leaseId: string, outcome: ForwardingOutcome, attempt: ForwardingAttempt): Promise<boolean> {
    if (reference.includes('\u0000') || leaseId.includes('\u0000')) return false;
    refuseNulCharacters({ outcome, attempt });
    const columns = finishColumns(outcome, attempt.at);
    const { rowCount } = await this.run(
      `WITH finished AS (
         UPDATE forwarding SET state = $3, next_attempt_at = $4, reason = $5, zaak_url = $6, zaak_identificatie = $7, registered_at = $8,
           lease_id = NULL, lease_until = NULL
         FROM applications WHERE applications.id = forwarding.application_id AND applications.reference = $1 AND forwarding.lease_id = $2
         RETURNING forwarding.application_id)
       INSERT INTO forwarding_attempts (application_id, at, step, outcome, message, detail, requested_by)
       SELECT application_id, $9::timestamptz, $10::text, $11::text, $12::text, $13::text, $14::text FROM finished`,
      [
        reference,
        leaseId,
        columns.state,
        columns.nextAttemptAt,
        columns.reason,
        columns.zaakUrl,
        columns.zaakIdentificatie,
        columns.registeredAt,
        ...attemptValues(attempt),
      ],
    );
    return rowCount === 1;
  }

  async retryNow(reference: string, by: string, now: Date): Promise<boolean> {
    if (reference.includes('\u0000')) return false;
    refuseNulCharacters({ by });
    // A concurrent second retry waits for the first's row lock, then finds the row waiting: no second line.
    const { rowCount } = await this.run(
      `WITH retried AS (
         UPDATE forwarding SET state = 'waiting', next_attempt_at = $2, reason = NULL, attempts = 0, queued_at = $2
         FROM applications WHERE applications.id = forwarding.application_id AND applications.reference = $1 AND forwarding.state = 'needsAction'
         RETURNING forwarding.application_id)
       INSERT INTO forwarding_attempts (application_id, at, step, outcome, message, detail, requested_by)
       SELECT application_id, $3::timestamptz, $4::text, $5::text, $6::text, $7::text, $8::text FROM retried`,
      [reference, now, ...attemptValues(retryRequestedAttempt(by, now))],
    );
    return rowCount === 1;
  }

  async countByState(now: Date): Promise<Readonly<Record<ForwardingState, number>>> {
    const { rows } = await this.run<{ state: ForwardingState; n: number }>(`SELECT ${STATE_AT_NOW} AS state, count(*)::integer AS n FROM forwarding GROUP BY 1`, [now]);
    const counts: Record<ForwardingState, number> = { waiting: 0, registering: 0, registered: 0, needsAction: 0 };
    for (const { state, n } of rows) counts[state] = n;
    return counts;
  }

  async list(state: ForwardingState, now: Date, options: { limit: number; offset: number }): Promise<readonly ForwardingSummary[]> {
    // The stored state first, so the worklist index finds the rows; then the lease decides between waiting and registering.
    const { rows } = await this.run<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM forwarding JOIN applications ON applications.id = forwarding.application_id
       WHERE forwarding.state = $2 AND ${STATE_AT_NOW} = $3
       ORDER BY forwarding.queued_at DESC, forwarding.application_id DESC LIMIT $4 OFFSET $5`,
      [now, state === 'registering' ? 'waiting' : state, state, options.limit, options.offset],
    );
    return rows.map(toSummary);
  }

  async findForwarding(reference: string, now: Date): Promise<{ summary: ForwardingSummary; attempts: readonly ForwardingAttempt[] } | undefined> {
    if (reference.includes('\u0000')) return undefined;
    // One statement, so the line and its history are of one snapshot.
    const {
      rows: [row],
    } = await this.run<SummaryRow & { attempts_json: AttemptJson[] }>(
      `SELECT ${SUMMARY_COLUMNS},
         (SELECT coalesce(jsonb_agg(jsonb_build_object('at', at, 'step', step, 'outcome', outcome, 'message', message, 'detail', detail, 'requested_by', requested_by)
                   ORDER BY at, id), '[]')
          FROM forwarding_attempts WHERE forwarding_attempts.application_id = forwarding.application_id) AS attempts_json
       FROM forwarding JOIN applications ON applications.id = forwarding.application_id WHERE applications.reference = $2`,
      [now, reference],
    );
    if (!row) return undefined;
    return {
      summary: toSummary(row),
      attempts: row.attempts_json.map((attempt) => toForwardingAttempt({ ...attempt, at: new Date(attempt.at), requestedBy: attempt.requested_by })),
    };
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

/** A history line's columns after the row's own, in the order of the INSERTs above. */
function attemptValues(attempt: ForwardingAttempt): unknown[] {
  return [attempt.at, attempt.step, attempt.outcome, attempt.message, attempt.detail ?? null, attempt.by ?? null];
}

function toSummary(row: SummaryRow): ForwardingSummary {
  return toForwardingSummary({
    reference: row.reference,
    formId: row.form_id,
    receivedAt: row.received_at,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    reason: row.reason,
    zaakIdentificatie: row.zaak_identificatie,
    registeredAt: row.registered_at,
  });
}
