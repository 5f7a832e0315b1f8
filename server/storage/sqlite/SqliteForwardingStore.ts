import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
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
import { asSqliteStoreError } from './asSqliteStoreError';

/**
 * The state a row is in at `@now`: a waiting row under a lease that has not run out is being
 * registered; one whose lease ran out is waiting again (its forwarder is presumed dead).
 */
const STATE_AT_NOW = "CASE WHEN forwarding.state = 'waiting' AND forwarding.lease_until > @now THEN 'registering' ELSE forwarding.state END";

const SUMMARY_COLUMNS = `applications.reference, applications.form_id, applications.received_at, ${STATE_AT_NOW} AS state, forwarding.attempts,
  forwarding.next_attempt_at, forwarding.reason, forwarding.zaak_identificatie, forwarding.registered_at`;

interface SummaryRow {
  reference: string;
  form_id: string;
  received_at: string;
  state: ForwardingState;
  attempts: number;
  next_attempt_at: string | null;
  reason: string | null;
  zaak_identificatie: string | null;
  registered_at: string | null;
}

interface AttemptRow {
  at: string;
  step: string;
  outcome: ForwardingAttempt['outcome'];
  message: string;
  detail: string | null;
  requested_by: string | null;
}

interface ApplicationRow {
  application_json: string;
  answers_json: string;
  received_at: string;
  expected_decision_by: string;
}

/**
 * The forwarding outbox in the intake database's `forwarding` and `forwarding_attempts` tables
 * (created by the migrations in `SqliteApplicationStore.ts`, which owns the file and its schema, and
 * filled by its saving transaction through `prepareRecordWaitingForwarding`). Times are ISO 8601 UTC strings
 * of one fixed width, so comparing them as text compares them as times. Every write that reads before
 * it writes runs in an IMMEDIATE transaction: it takes the file's one write lock at BEGIN, so two
 * store objects on the file (two processes) claim and finish one after the other
 * (https://www.sqlite.org/lang_transaction.html). docs/forwarding.md describes the tables.
 */
export class SqliteForwardingStore implements ForwardingStore {
  private readonly claimTransaction: Database.Transaction<(now: Date, leaseMs: number, limit: number) => ClaimedForwarding[]>;
  private readonly finishTransaction: Database.Transaction<(reference: string, leaseId: string, outcome: ForwardingOutcome, attempt: ForwardingAttempt) => boolean>;
  private readonly retryTransaction: Database.Transaction<(reference: string, by: string, now: Date) => boolean>;

  /**
   * @param files the stored files of one application, streamed a chunk at a time (`SqliteApplicationStore.findFiles`).
   */
  constructor(
    private readonly db: Database.Database,
    private readonly files: (reference: string) => Promise<readonly StoredFile[]>,
  ) {
    this.claimTransaction = db.transaction((now, leaseMs, limit) => this.claim(now, leaseMs, limit));
    this.finishTransaction = db.transaction((reference, leaseId, outcome, attempt) => this.finishTry(reference, leaseId, outcome, attempt));
    this.retryTransaction = db.transaction((reference, by, now) => this.retry(reference, by, now));
  }

  async claimDue(now: Date, leaseMs: number, limit: number): Promise<readonly ClaimedForwarding[]> {
    // SQLite reads a negative LIMIT as "no limit" (https://www.sqlite.org/lang_select.html#limitoffset).
    if (limit < 1) return [];
    try {
      return this.claimTransaction.immediate(now, leaseMs, limit);
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async readApplication(reference: string): Promise<ApplicationToForward | undefined> {
    try {
      const row = this.db
        .prepare<[string], ApplicationRow>('SELECT application_json, answers_json, received_at, expected_decision_by FROM applications WHERE reference = ?')
        .get(reference);
      if (!row) return undefined;
      return {
        reference,
        application: JSON.parse(row.application_json) as Application,
        answers: JSON.parse(row.answers_json) as Record<string, AnswerValue>,
        receivedAt: new Date(row.received_at),
        expectedDecisionBy: row.expected_decision_by,
        files: await this.files(reference),
      };
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async saveCheckpoint(reference: string, leaseId: string, step: string, url: string): Promise<boolean> {
    try {
      // One statement, so no transaction: json_patch (RFC 7396) adds or replaces the one step.
      const { changes } = this.db
        .prepare('UPDATE forwarding SET checkpoints_json = json_patch(checkpoints_json, json_object(?, ?)) WHERE reference = ? AND lease_id = ?')
        .run(step, url, reference, leaseId);
      return changes === 1;
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async finish(reference: string, leaseId: string, outcome: ForwardingOutcome, attempt: ForwardingAttempt): Promise<boolean> {
    try {
      return this.finishTransaction.immediate(reference, leaseId, outcome, attempt);
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async retryNow(reference: string, by: string, now: Date): Promise<boolean> {
    try {
      return this.retryTransaction.immediate(reference, by, now);
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async countByState(now: Date): Promise<Readonly<Record<ForwardingState, number>>> {
    try {
      const rows = this.db
        .prepare<{ now: string }, { state: ForwardingState; n: number }>(`SELECT ${STATE_AT_NOW} AS state, count(*) AS n FROM forwarding GROUP BY 1`)
        .all({ now: now.toISOString() });
      const counts: Record<ForwardingState, number> = { waiting: 0, registering: 0, registered: 0, needsAction: 0 };
      for (const { state, n } of rows) counts[state] = n;
      return counts;
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async list(state: ForwardingState, now: Date, options: { limit: number; offset: number }): Promise<readonly ForwardingSummary[]> {
    try {
      // The stored state first, so the worklist index finds the rows; then the lease decides between waiting and registering.
      return this.db
        .prepare<{ now: string; stored: string; state: string; limit: number; offset: number }, SummaryRow>(
          `SELECT ${SUMMARY_COLUMNS} FROM forwarding JOIN applications ON applications.reference = forwarding.reference
           WHERE forwarding.state = @stored AND ${STATE_AT_NOW} = @state
           ORDER BY forwarding.queued_at DESC, forwarding.reference DESC LIMIT @limit OFFSET @offset`,
        )
        .all({ now: now.toISOString(), stored: state === 'registering' ? 'waiting' : state, state, limit: options.limit, offset: options.offset })
        .map(toSummary);
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async findForwarding(reference: string, now: Date): Promise<{ summary: ForwardingSummary; attempts: readonly ForwardingAttempt[] } | undefined> {
    try {
      // One read transaction, so the line and its history are of one moment.
      return this.db.transaction(() => {
        const row = this.db
          .prepare<{ now: string; reference: string }, SummaryRow>(
            `SELECT ${SUMMARY_COLUMNS} FROM forwarding JOIN applications ON applications.reference = forwarding.reference WHERE forwarding.reference = @reference`,
          )
          .get({ now: now.toISOString(), reference });
        if (!row) return undefined;
        const attempts = this.db
          .prepare<[string], AttemptRow>('SELECT at, step, outcome, message, detail, requested_by FROM forwarding_attempts WHERE reference = ? ORDER BY at, id')
          .all(reference);
        return {
          summary: toSummary(row),
          attempts: attempts.map((attempt) => toForwardingAttempt({ ...attempt, at: new Date(attempt.at), requestedBy: attempt.requested_by })),
        };
      })();
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  /** Inside the IMMEDIATE transaction: no other connection can claim between the select and the updates. */
  private claim(now: Date, leaseMs: number, limit: number): ClaimedForwarding[] {
    const at = now.toISOString();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const due = this.db
      .prepare<[string, string, number], { reference: string }>(
        `SELECT reference FROM forwarding
         WHERE state = 'waiting' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
         ORDER BY next_attempt_at, reference LIMIT ?`,
      )
      .all(at, at, limit);
    const lease = this.db.prepare<[string, string, string], { attempts: number; queued_at: string; checkpoints_json: string }>(
      'UPDATE forwarding SET attempts = attempts + 1, lease_id = ?, lease_until = ? WHERE reference = ? RETURNING attempts, queued_at, checkpoints_json',
    );
    return due.map(({ reference }) => {
      const leaseId = randomUUID();
      const row = lease.get(leaseId, leaseUntil.toISOString(), reference);
      if (!row) throw new Error('The claimed forwarding row is gone');
      return { reference, attempt: row.attempts, queuedAt: new Date(row.queued_at), leaseUntil, leaseId, checkpoints: JSON.parse(row.checkpoints_json) as Checkpoints };
    });
  }

  private finishTry(reference: string, leaseId: string, outcome: ForwardingOutcome, attempt: ForwardingAttempt): boolean {
    const columns = finishColumns(outcome, attempt.at);
    const { changes } = this.db
      .prepare(
        `UPDATE forwarding SET state = ?, next_attempt_at = ?, reason = ?, zaak_url = ?, zaak_identificatie = ?, registered_at = ?,
           lease_id = NULL, lease_until = NULL
         WHERE reference = ? AND lease_id = ?`,
      )
      .run(
        columns.state,
        columns.nextAttemptAt?.toISOString() ?? null,
        columns.reason,
        columns.zaakUrl,
        columns.zaakIdentificatie,
        columns.registeredAt?.toISOString() ?? null,
        reference,
        leaseId,
      );
    if (changes === 0) return false;
    this.addAttempt(reference, attempt);
    return true;
  }

  private retry(reference: string, by: string, now: Date): boolean {
    const { changes } = this.db
      .prepare("UPDATE forwarding SET state = 'waiting', next_attempt_at = ?, reason = NULL, attempts = 0, queued_at = ? WHERE reference = ? AND state = 'needsAction'")
      .run(now.toISOString(), now.toISOString(), reference);
    if (changes === 0) return false;
    this.addAttempt(reference, retryRequestedAttempt(by, now));
    return true;
  }

  private addAttempt(reference: string, attempt: ForwardingAttempt): void {
    this.db
      .prepare('INSERT INTO forwarding_attempts (reference, at, step, outcome, message, detail, requested_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(reference, attempt.at.toISOString(), attempt.step, attempt.outcome, attempt.message, attempt.detail ?? null, attempt.by ?? null);
  }
}

function toSummary(row: SummaryRow): ForwardingSummary {
  return toForwardingSummary({
    reference: row.reference,
    formId: row.form_id,
    receivedAt: new Date(row.received_at),
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at === null ? null : new Date(row.next_attempt_at),
    reason: row.reason,
    zaakIdentificatie: row.zaak_identificatie,
    registeredAt: row.registered_at === null ? null : new Date(row.registered_at),
  });
}
