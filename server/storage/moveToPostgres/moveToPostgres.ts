import { Pool, type ClientBase } from 'pg';
import { migratePostgres } from '../postgres/migratePostgres';
import type { PostgresConfig } from '../postgres/PostgresConfig';
import { postgresPoolConfig } from '../postgres/postgresPoolConfig';
import { withClient } from '../postgres/withClient';
import { withTransaction } from '../postgres/withTransaction';
import { copyToPostgres } from './copyToPostgres';
import type { Mismatch } from './Mismatch';
import { MoveRefusedError } from './MoveRefusedError';
import { SqliteSource } from './SqliteSource';
import type { TableCounts } from './TableCounts';
import { targetState, type TargetState } from './targetState';
import { verifyCopy } from './verifyCopy';

/** What a move did and found. */
export interface MoveReport {
  /** The SQLite file moved from. */
  readonly sourceFile: string;
  /**
   * `copied`: copied and checked, committed. `alreadyMoved`: PostgreSQL held these same
   * applications already, so it was only checked. `rolledBack`: the check after the copy found
   * differences, so the copy was rolled back and PostgreSQL is as before.
   */
  readonly outcome: 'copied' | 'alreadyMoved' | 'rolledBack';
  /** The rows per table in SQLite. */
  readonly counts: TableCounts;
  /** Bytes of all files together. */
  readonly fileBytes: number;
  /** What the check found different; empty when everything is equal. */
  readonly mismatches: readonly Mismatch[];
}

/** The tables the copy writes; locked from its start, see {@link moveToPostgres}. */
const COPIED_TABLES = 'applications, files, file_chunks, parked_drafts, sent_parked_drafts, forwarding, forwarding_attempts, reference_counters';

/**
 * Moves the SQLite database of `dataDir` into the PostgreSQL database of `postgres`: brings its
 * schema up to date (`migratePostgres`), copies everything (`copyToPostgres`) and reads it all back
 * (`verifyCopy`), in ONE transaction that commits only when the check found no difference. So a
 * move that stops halfway (a crash, a lost connection, a refused row, a difference) leaves
 * PostgreSQL as it was, and running it again starts over; a move that committed is, run again,
 * only checked. The transaction locks the tables it writes (EXCLUSIVE: others may read, nobody may
 * write) before it looks whether they are empty, so two moves at once, or an instance started too
 * early (its saves, or its forwarder claiming), cannot write in between. The check of a database moved before runs in one REPEATABLE READ
 * snapshot without that lock, so instances already running on it are not held up.
 *
 * SQLite is locked for the move's connection alone (`SqliteSource`): the service must be stopped.
 * Not copied: what the service rewrites by itself (the health rows, the request budgets).
 * @throws ConfigError for a missing or unreadable data directory.
 * @throws MoveRefusedError when SQLite is in use or of another schema version, when PostgreSQL
 *   holds other data, or when a row cannot be held by PostgreSQL; nothing was copied then.
 */
export async function moveToPostgres(dataDir: string, postgres: PostgresConfig): Promise<MoveReport> {
  const source = SqliteSource.open(dataDir);
  try {
    const pool = new Pool({ ...postgresPoolConfig({ ...postgres, poolSize: 1 }), application_name: 'hulploket-move-to-postgres' });
    // As in openPostgresStores: an idle connection the server closes is reported as an event.
    pool.on('error', () => undefined);
    try {
      await migratePostgres(pool);
      return await withClient(pool, (client) => move(client, source));
    } finally {
      await pool.end();
    }
  } finally {
    source.close();
  }
}

async function move(client: ClientBase, source: SqliteSource): Promise<MoveReport> {
  const report = { sourceFile: source.file, counts: await source.counts(), fileBytes: source.fileBytes() };
  try {
    const found = await withTransaction(client, async () => {
      await client.query(`LOCK TABLE ${COPIED_TABLES} IN EXCLUSIVE MODE`);
      const state = await targetState(client, source);
      if (state.kind !== 'empty') return state;
      await copyToPostgres(client, source);
      const mismatches = await verifyCopy(client, source);
      if (mismatches.length > 0) throw new CopyDiffers(mismatches);
      return undefined;
    });
    if (found === undefined) return { ...report, outcome: 'copied', mismatches: [] };
    if (found.kind === 'other') throw refusal(found);
  } catch (error) {
    if (error instanceof CopyDiffers) return { ...report, outcome: 'rolledBack', mismatches: error.mismatches };
    throw error;
  }
  return withTransaction(client, async () => {
    await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const state = await targetState(client, source);
    if (state.kind !== 'same') throw refusal(state);
    return { ...report, outcome: 'alreadyMoved', mismatches: await verifyCopy(client, source) };
  });
}

function refusal(state: TargetState): MoveRefusedError {
  const { applications, parkedDrafts, sentParkedDrafts, referenceCounters } = state.counts;
  return new MoveRefusedError(
    `PostgreSQL bevat al andere gegevens; er is niets gekopieerd / PostgreSQL already holds other data (${applications} applications, ` +
      `${parkedDrafts} parked drafts, ${sentParkedDrafts} sent parked drafts, ${referenceCounters} reference counters), ` +
      'not the same applications as DATA_DIR: nothing was copied. Move into an empty database.',
  );
}

/** Rolls the copying transaction back: the check after the copy found `mismatches`. */
class CopyDiffers extends Error {
  override readonly name = 'CopyDiffers';
  constructor(readonly mismatches: readonly Mismatch[]) {
    super('The copy differs from SQLite');
  }
}
