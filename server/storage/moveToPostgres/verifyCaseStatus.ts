import type { ClientBase } from 'pg';
import { MISSING, type Mismatch } from './Mismatch';
import { sameJson } from './sameJson';
import { sameTime } from './sameTime';
import type { SqliteSource } from './SqliteSource';

interface TargetCaseStatus {
  snapshot_json: string | null;
  checked_at: Date | null;
  last_failed_at: Date | null;
  next_poll_at: Date | null;
  lease_id: string | null;
}

/**
 * Reads the snapshots of the zaken back from PostgreSQL and compares them with `source`, row by
 * row: the snapshot by value, its times, the next poll, and no lease.
 * @returns every difference found, named by the application's reference.
 */
export async function verifyCaseStatus(client: ClientBase, source: SqliteSource): Promise<Mismatch[]> {
  const mismatches: Mismatch[] = [];
  for (const status of source.caseStatuses()) {
    const where = status.reference;
    const [row] = (
      await client.query<TargetCaseStatus>(
        `SELECT snapshot::text AS snapshot_json, checked_at, last_failed_at, next_poll_at, lease_id
         FROM case_status JOIN applications ON applications.id = case_status.application_id WHERE applications.reference = $1`,
        [status.reference],
      )
    ).rows;
    if (!row) {
      mismatches.push({ where, what: `zaakstatus / case status: ${MISSING}` });
      continue;
    }
    const columns = {
      snapshot: sameJson(row.snapshot_json, status.snapshot_json),
      checked_at: sameTime(row.checked_at, status.checked_at),
      last_failed_at: sameTime(row.last_failed_at, status.last_failed_at),
      next_poll_at: sameTime(row.next_poll_at, status.next_poll_at),
      lease: row.lease_id === null,
    };
    const differing = Object.entries(columns)
      .filter(([, same]) => !same)
      .map(([column]) => column);
    if (differing.length > 0) mismatches.push({ where, what: `zaakstatus anders / case status differs: ${differing.join(', ')}` });
  }
  return mismatches;
}
