import type { ClientBase } from 'pg';
import { MISSING, type Mismatch } from './Mismatch';
import { sameJson } from './sameJson';
import { sameTime } from './sameTime';
import type { SourceForwarding, SourceForwardingAttempt } from './SourceRows';
import type { SqliteSource } from './SqliteSource';

interface TargetForwarding {
  application_id: string;
  state: string;
  attempts: number;
  next_attempt_at: Date | null;
  lease_id: string | null;
  lease_until: Date | null;
  checkpoints_json: string;
  reason: string | null;
  zaak_url: string | null;
  zaak_identificatie: string | null;
  registered_at: Date | null;
  queued_at: Date;
}

interface TargetAttempt {
  at: Date;
  step: string;
  outcome: string;
  message: string;
  detail: string | null;
  requested_by: string | null;
}

/**
 * Reads the forwarding outbox back from PostgreSQL and compares it with `source`, record by
 * record: every column as `copyToPostgres` copied it (the checkpoints by value), no lease, and the
 * history line by line in the order `ForwardingStore.findForwarding` gives it. Memory holds one
 * application's history at a time.
 * @returns every difference found, named by the application's reference.
 */
export async function verifyForwarding(client: ClientBase, source: SqliteSource): Promise<Mismatch[]> {
  const mismatches: Mismatch[] = [];
  for (const forwarding of source.forwarding()) {
    const where = forwarding.reference;
    const [row] = (
      await client.query<TargetForwarding>(
        `SELECT application_id, state, attempts, next_attempt_at, lease_id, lease_until, checkpoints::text AS checkpoints_json, reason, zaak_url,
           zaak_identificatie, registered_at, queued_at
         FROM forwarding JOIN applications ON applications.id = forwarding.application_id WHERE applications.reference = $1`,
        [forwarding.reference],
      )
    ).rows;
    if (!row) {
      mismatches.push({ where, what: `doorsturen / forwarding: ${MISSING}` });
      continue;
    }
    const differing = differingColumns(forwarding, row);
    if (differing.length > 0) mismatches.push({ where, what: `doorsturen anders / forwarding differs: ${differing.join(', ')}` });
    const history = await client.query<TargetAttempt>(
      'SELECT at, step, outcome, message, detail, requested_by FROM forwarding_attempts WHERE application_id = $1 ORDER BY at, id',
      [row.application_id],
    );
    const problem = historyProblem(source.forwardingHistory(forwarding.reference), history.rows);
    if (problem) mismatches.push({ where, what: `geschiedenis van het doorsturen anders / forwarding history differs: ${problem}` });
  }
  return mismatches;
}

/** The columns of one record that PostgreSQL holds otherwise; a lease counts as different, since none was copied. */
function differingColumns(source: SourceForwarding, row: TargetForwarding): string[] {
  const columns = {
    state: row.state === source.state,
    attempts: row.attempts === source.attempts,
    next_attempt_at: sameTime(row.next_attempt_at, source.next_attempt_at),
    lease: row.lease_id === null && row.lease_until === null,
    checkpoints: sameJson(row.checkpoints_json, source.checkpoints_json),
    reason: row.reason === source.reason,
    zaak_url: row.zaak_url === source.zaak_url,
    zaak_identificatie: row.zaak_identificatie === source.zaak_identificatie,
    registered_at: sameTime(row.registered_at, source.registered_at),
    queued_at: sameTime(row.queued_at, source.queued_at),
  };
  return Object.entries(columns)
    .filter(([, same]) => !same)
    .map(([column]) => column);
}

/** How the history in PostgreSQL differs from SQLite's: its length, or which lines (counted from 1); undefined when equal. */
function historyProblem(source: readonly SourceForwardingAttempt[], target: readonly TargetAttempt[]): string | undefined {
  if (source.length !== target.length) return `SQLite ${source.length} regels / lines, PostgreSQL ${target.length}`;
  const differing = source.flatMap((line, index) => {
    const row = target[index];
    const same =
      row !== undefined &&
      sameTime(row.at, line.at) &&
      row.step === line.step &&
      row.outcome === line.outcome &&
      row.message === line.message &&
      row.detail === line.detail &&
      row.requested_by === line.requested_by;
    return same ? [] : [index + 1];
  });
  return differing.length > 0 ? `regel / line ${differing.join(', ')}` : undefined;
}
