import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError } from '../../ConfigError';
import { DATABASE_FILE, SQLITE_SCHEMA_VERSION } from '../sqlite/SqliteApplicationStore';
import { MoveRefusedError } from './MoveRefusedError';
import type {
  SourceApplication,
  SourceCaseStatus,
  SourceChunk,
  SourceFile,
  SourceForwarding,
  SourceForwardingAttempt,
  SourceParkedDraft,
  SourceReferenceCounter,
  SourceSentParkedDraft,
} from './SourceRows';
import { countTables } from './countTables';
import type { TableCounts } from './TableCounts';

/** How long the lock is waited for: a running service holds its lock for good, so waiting longer would not help. */
const LOCK_WAIT_MS = 1000;

/** The first rowid a page starts after. */
const BEFORE_FIRST = Number.MIN_SAFE_INTEGER;

/**
 * The SQLite file of a data directory, read for the move and never written.
 *
 * Locked for this connection alone: `locking_mode = EXCLUSIVE` makes the first read take an
 * exclusive lock on the file and keep it until `close` (https://www.sqlite.org/pragma.html#pragma_locking_mode).
 * A running service holds a shared lock on its database for as long as it is open (WAL mode), so
 * the lock cannot be had while it runs: the move refuses instead of copying a database that is
 * still changing, and a service started during the move cannot open it. Taking that lock needs a
 * read-write file handle (SQLite cannot lock a read-only one exclusively in WAL mode), so the
 * connection is opened read-write with `query_only = ON`, which refuses every statement that would
 * write. Closing it lets SQLite fold its write-ahead log into the file, as a stopped service does;
 * the content stays as it is.
 *
 * Rows are read one query at a time (by rowid, one row or chunk per query), so memory holds one
 * application or one chunk however large the database is; an open better-sqlite3 iterator would
 * refuse every other statement meanwhile.
 */
export class SqliteSource {
  private constructor(
    private readonly db: Database.Database,
    /** The database file. */
    readonly file: string,
  ) {}

  /**
   * @throws ConfigError when `dataDir` or its database file is missing or not a SQLite database.
   * @throws MoveRefusedError when the database is in use, or of another schema version than this service's.
   */
  static open(dataDir: string): SqliteSource {
    const file = path.join(dataDir, DATABASE_FILE);
    if (!existsSync(dataDir)) throw new ConfigError(`DATA_DIR (${dataDir}) does not exist: set it to the data directory of the service to move.`);
    if (!existsSync(file)) throw new ConfigError(`DATA_DIR (${dataDir}) holds no ${DATABASE_FILE}: set it to the data directory of the service to move.`);
    let db: Database.Database;
    try {
      db = new Database(file, { fileMustExist: true, timeout: LOCK_WAIT_MS });
    } catch (error) {
      throw new ConfigError(`${file} cannot be opened: ${messageOf(error)}`);
    }
    try {
      db.pragma('query_only = ON');
      db.pragma('locking_mode = EXCLUSIVE');
      // The first read takes the lock.
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version !== SQLITE_SCHEMA_VERSION) {
        throw new MoveRefusedError(
          version < SQLITE_SCHEMA_VERSION
            ? `De SQLite-database is van een oudere versie: start de service één keer op deze DATA_DIR en stop hem weer / the SQLite database has an older schema (${version} of ${SQLITE_SCHEMA_VERSION}): start the service once on this DATA_DIR, stop it, then move.`
            : `De SQLite-database is van een nieuwere versie / the SQLite database was made by a newer version of the service (schema ${version}, this one knows ${SQLITE_SCHEMA_VERSION}): move with that version.`,
        );
      }
    } catch (error) {
      db.close();
      if (error instanceof MoveRefusedError) throw error;
      const code = (error as { code?: unknown }).code;
      if (code === 'SQLITE_BUSY') {
        throw new MoveRefusedError(
          `De SQLite-database is in gebruik: stop eerst de service / the SQLite database in DATA_DIR is in use (is the service still running?): stop the service first.`,
        );
      }
      if (code === 'SQLITE_NOTADB') throw new ConfigError(`${file} is not a SQLite database.`);
      throw error;
    }
    return new SqliteSource(db, file);
  }

  counts(): Promise<TableCounts> {
    return countTables(async (table) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  }

  /** Bytes of all files together. */
  fileBytes(): number {
    return (this.db.prepare('SELECT coalesce(sum(size), 0) AS n FROM files').get() as { n: number }).n;
  }

  /** Every application in the order they were stored. */
  *applications(): Generator<SourceApplication> {
    yield* this.pages<SourceApplication>(
      `SELECT rowid, reference, idempotency_key, content_digest, form_id, form_version, locale, received_at, expected_decision_by,
         status, device_id, application_json, answers_json, assistance_json, consent_json, status_code_hash,
         on_behalf_json, desk_json FROM applications`,
    );
  }

  /** The files of one application, by question and position. */
  files(reference: string): SourceFile[] {
    return this.db
      .prepare<[string], SourceFile>('SELECT id, question_id, position, name, media_type, size, sha256 FROM files WHERE reference = ? ORDER BY question_id, position')
      .all(reference);
  }

  /** A file's chunks in order, every one stored (also after a gap in the numbers), one query each. */
  *chunks(fileId: number): Generator<SourceChunk> {
    const next = this.db.prepare<[number, number], SourceChunk>('SELECT sequence, data FROM file_chunks WHERE file_id = ? AND sequence > ? ORDER BY sequence LIMIT 1');
    for (let row = next.get(fileId, -1); row; row = next.get(fileId, row.sequence)) yield row;
  }

  /** Every parked draft, expired ones too: the service's purge deletes those, not the move. */
  *parkedDrafts(): Generator<SourceParkedDraft> {
    yield* this.pages<SourceParkedDraft>('SELECT rowid, lookup_id, sealed_json, stored_at, expires_at FROM parked_drafts');
  }

  *sentParkedDrafts(): Generator<SourceSentParkedDraft> {
    yield* this.pages<SourceSentParkedDraft>('SELECT rowid, lookup_id, draft_id, reference, sent_at, remember_until FROM sent_parked_drafts');
  }

  referenceCounters(): SourceReferenceCounter[] {
    return this.db.prepare<[], SourceReferenceCounter>('SELECT year, last FROM reference_counters ORDER BY year').all();
  }

  /** Every application's forwarding record, in the order they were written. */
  *forwarding(): Generator<SourceForwarding> {
    yield* this.pages<SourceForwarding>(
      `SELECT rowid, reference, state, attempts, next_attempt_at, checkpoints_json, reason, zaak_url, zaak_identificatie, registered_at, queued_at
       FROM forwarding`,
    );
  }

  /** Every line of the forwarding history, in the order they were written (`id`, the rowid). */
  *forwardingAttempts(): Generator<SourceForwardingAttempt> {
    // `id INTEGER PRIMARY KEY` is the rowid, and SQLite names a selected `rowid` after it (`id`) unless told otherwise.
    yield* this.pages<SourceForwardingAttempt>('SELECT rowid AS rowid, reference, at, step, outcome, message, detail, requested_by FROM forwarding_attempts');
  }

  /** Every case-status row, in the order they were written. */
  *caseStatuses(): Generator<SourceCaseStatus> {
    yield* this.pages<SourceCaseStatus>('SELECT rowid, reference, snapshot_json, checked_at, last_failed_at, next_poll_at FROM case_status');
  }

  /** One application's forwarding history in the order `ForwardingStore.findForwarding` gives it. */
  forwardingHistory(reference: string): SourceForwardingAttempt[] {
    return this.db
      .prepare<[string], SourceForwardingAttempt>(
        'SELECT reference, at, step, outcome, message, detail, requested_by FROM forwarding_attempts WHERE reference = ? ORDER BY at, id',
      )
      .all(reference);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** The rows of `select` (which must select the rowid first, named `rowid`), one query per row, in rowid order. */
  private *pages<Row extends object>(select: string): Generator<Row> {
    const next = this.db.prepare<[number], Row & { rowid: number }>(`${select} WHERE rowid > ? ORDER BY rowid LIMIT 1`);
    for (let row = next.get(BEFORE_FIRST); row; row = next.get(row.rowid)) yield row;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
