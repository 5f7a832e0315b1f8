import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { access, constants, stat, statfs } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import type { ApplicationStatus, Receipt } from '../../contract/apiTypes';
import type { ApplicationStore, KeyedReceipt, NewApplication, SaveOutcome, StoredFile, StoreReadiness } from '../../applications/ApplicationStore';
import { asSqliteStoreError } from './asSqliteStoreError';
import { bytesInChunks } from '../bytesInChunks';
import { groupCommit, type BatchResult } from './groupCommit';
import type { ParkedDraftStore } from '../../parkedDrafts/ParkedDraftStore';
import { formatReference } from '../../applications/referenceNumbers';
import { SqliteParkedDraftStore } from './SqliteParkedDraftStore';
import type { ForwardingStore } from '../../forwarding/ForwardingStore';
import type { CaseStatusPollStore } from '../../forwarding/CaseStatusPollStore';
import { prepareRecordWaitingForwarding, type RecordWaitingForwarding } from './prepareRecordWaitingForwarding';
import { SqliteForwardingStore } from './SqliteForwardingStore';
import type { BackOfficeAccountStore } from '../../backOffice/BackOfficeAccountStore';
import { SqliteCaseStatusStore } from './SqliteCaseStatusStore';
import { SqliteBackOfficeAccountStore } from './SqliteBackOfficeAccountStore';
import type { StatusLookupStore } from '../../status/StatusLookupStore';
import { SqliteStatusLookupStore } from './SqliteStatusLookupStore';
import { sqliteUnreadyReason } from './sqliteUnreadyReason';

/** Name of the database file in `DATA_DIR`. */
export const DATABASE_FILE = 'intake.sqlite';

/**
 * Room the health check asks to be free on the disk by default (bytes): the largest application
 * by default (25 MB) at each place it passes through: the upload, the WAL, the database file.
 * `startService` asks for three times `MAX_REQUEST_BYTES`.
 */
export const DEFAULT_MIN_FREE_BYTES = 3 * 25 * 1024 * 1024;

/** Size of one stored piece of a file (bytes): reading a file into the store never holds more than this. */
export const FILE_CHUNK_BYTES = 256 * 1024;

/**
 * At most this many saves share one commit: enough that a burst needs few flushes of the disk,
 * few enough that one commit holds the write lock (which other processes on the file wait for)
 * only briefly.
 */
const MAX_SAVES_PER_COMMIT = 32;

/**
 * Schema migrations of the whole database file, in order; `PRAGMA user_version` says how many have
 * run. Files are stored as BLOB chunks in the same database, so an application and its files commit
 * in one transaction (docs/intake.md, "Durable before acknowledged"). Parked
 * drafts and the forwarding outbox live in the same file, behind their own interfaces
 * (`SqliteParkedDraftStore`, `SqliteForwardingStore`).
 */
export const sqliteMigrations: readonly string[] = [
  `
  CREATE TABLE applications (
    reference            TEXT PRIMARY KEY,
    idempotency_key      TEXT NOT NULL UNIQUE,
    content_digest       TEXT NOT NULL,
    form_id              TEXT NOT NULL,
    form_version         INTEGER NOT NULL,
    locale               TEXT NOT NULL,
    received_at          TEXT NOT NULL,
    expected_decision_by TEXT NOT NULL,
    status               TEXT NOT NULL,
    device_id            TEXT NOT NULL,
    -- As sent, including assistance, consent and client: the record of how it was made.
    application_json     TEXT NOT NULL,
    -- The engine's normalised answers of the visible questions.
    answers_json         TEXT NOT NULL
  ) STRICT;
  CREATE TABLE files (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL REFERENCES applications (reference),
    question_id TEXT NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    UNIQUE (reference, question_id, position)
  ) STRICT;
  CREATE TABLE file_chunks (
    file_id  INTEGER NOT NULL REFERENCES files (id),
    sequence INTEGER NOT NULL,
    data     BLOB NOT NULL,
    PRIMARY KEY (file_id, sequence)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE reference_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
  ) STRICT;
  `,
  `
  -- Drafts saved for later, encrypted on the tablet (see SqliteParkedDraftStore). Nothing here can
  -- be read without the resume code, which the service never sees.
  CREATE TABLE parked_drafts (
    lookup_id   TEXT PRIMARY KEY,
    sealed_json TEXT NOT NULL,
    stored_at   TEXT NOT NULL,
    expires_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX parked_drafts_by_expiry ON parked_drafts (expires_at);
  `,
  `
  -- How the application was made (issue 6), as columns of their own: the status endpoint returns
  -- them without reading the answers, and the back office can ask "made at which desk, by whom"
  -- without parsing every application. Applications stored before keep them inside
  -- application_json; they are copied out here. A consent recorded before the contact channel was
  -- part of it does not meet today's contract and stays only in application_json.
  ALTER TABLE applications ADD COLUMN assistance_json TEXT;
  ALTER TABLE applications ADD COLUMN consent_json TEXT;
  UPDATE applications SET
    assistance_json = json_extract(application_json, '$.assistance'),
    consent_json = CASE WHEN json_extract(application_json, '$.consent.contactChannel') IS NOT NULL
                        THEN json_extract(application_json, '$.consent') END;
  `,
  `
  -- One row the health check rewrites in a transaction of its own: proof that the store can take a
  -- durable write now, not only that it can be read.
  CREATE TABLE health_checks (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at TEXT NOT NULL
  ) STRICT;
  `,
  `
  -- Parked drafts that became an application (server/applications/ApplicationStore.ts, guarantee 5): the keys make a second
  -- application from the same parked draft impossible, whichever tablet sends it and under whichever
  -- code it was parked again (draft_id is the wizard's id, the same in every copy), and let a resume
  -- code say "already sent, reference ..." once the draft itself is gone.
  CREATE TABLE sent_parked_drafts (
    lookup_id      TEXT PRIMARY KEY,
    draft_id       TEXT NOT NULL UNIQUE,
    reference      TEXT NOT NULL UNIQUE REFERENCES applications (reference),
    sent_at        TEXT NOT NULL,
    remember_until TEXT NOT NULL
  ) STRICT;
  CREATE INDEX sent_parked_drafts_by_expiry ON sent_parked_drafts (remember_until);
  `,
  `
  -- The forwarding outbox (server/forwarding/ForwardingStore.ts, docs/forwarding.md): one row per
  -- application, written by the saving transaction. 'registering' is not stored: it is a waiting row
  -- whose lease has not run out (lease_until > now), so a forwarder that dies leaves nothing to mend.
  CREATE TABLE forwarding (
    reference          TEXT PRIMARY KEY REFERENCES applications (reference),
    state              TEXT NOT NULL CHECK (state IN ('waiting', 'registered', 'needsAction')),
    -- Tries so far (claims), staff retries not counted.
    attempts           INTEGER NOT NULL DEFAULT 0,
    -- While waiting: due from then on.
    next_attempt_at    TEXT CHECK (state <> 'waiting' OR next_attempt_at IS NOT NULL),
    lease_id           TEXT,
    lease_until        TEXT CHECK ((lease_id IS NULL) = (lease_until IS NULL)),
    -- Step name to the URL of what it made in the case system (a JSON object).
    checkpoints_json   TEXT NOT NULL DEFAULT '{}',
    reason             TEXT,
    zaak_url           TEXT,
    zaak_identificatie TEXT,
    registered_at      TEXT,
    queued_at          TEXT NOT NULL
  ) STRICT;
  -- The claim: waiting rows by due moment (the lease is checked on the few rows it finds).
  CREATE INDEX forwarding_due ON forwarding (next_attempt_at, reference) WHERE state = 'waiting';
  -- The worklist: one state, newest first.
  CREATE INDEX forwarding_worklist ON forwarding (state, queued_at, reference);
  CREATE TABLE forwarding_attempts (
    id           INTEGER PRIMARY KEY,
    reference    TEXT NOT NULL REFERENCES forwarding (reference),
    at           TEXT NOT NULL,
    step         TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('failed', 'registered', 'needsAction', 'retryRequested')),
    message      TEXT NOT NULL,
    detail       TEXT,
    requested_by TEXT
  ) STRICT;
  CREATE INDEX forwarding_attempts_by_reference ON forwarding_attempts (reference, at, id);
  -- Applications received before this migration are forwarded too, oldest first.
  INSERT INTO forwarding (reference, state, next_attempt_at, queued_at)
    SELECT reference, 'waiting', received_at, received_at FROM applications;
  `,
  `
  -- The municipality's functional administrators who read the worklist (server/backOffice/), apart
  -- from device tokens. Failures are keyed by user name without a reference to an account: a name
  -- nobody has is locked out like one that exists. Sessions keep only the SHA-256 of their id.
  CREATE TABLE backoffice_accounts (
    user_name         TEXT PRIMARY KEY,
    display_name      TEXT NOT NULL,
    password_hash     TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    password_set_at   TEXT NOT NULL,
    last_signed_in_at TEXT
  ) STRICT;
  CREATE TABLE backoffice_sign_in_failures (
    user_name      TEXT PRIMARY KEY,
    failures       INTEGER NOT NULL,
    last_failed_at TEXT NOT NULL,
    locked_until   TEXT
  ) STRICT;
  CREATE TABLE backoffice_sessions (
    id_hash    TEXT PRIMARY KEY,
    user_name  TEXT NOT NULL REFERENCES backoffice_accounts (user_name) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX backoffice_sessions_by_expiry ON backoffice_sessions (expires_at);
  `,
  `
  -- The last snapshot of each registered application's zaak, for the status page
  -- (server/forwarding/CaseStatusPollStore.ts, docs/forwarding.md "Keeping the status of a zaak").
  -- A row is added by the first poll claim after the registration; next_poll_at NULL: not polled again.
  CREATE TABLE case_status (
    reference      TEXT PRIMARY KEY REFERENCES forwarding (reference),
    -- A CaseStatusSnapshot as JSON, with when it was read; NULL until the first read succeeds.
    snapshot_json  TEXT,
    checked_at     TEXT CHECK ((snapshot_json IS NULL) = (checked_at IS NULL)),
    -- The last failed read, if after checked_at.
    last_failed_at TEXT,
    next_poll_at   TEXT,
    lease_id       TEXT,
    lease_until    TEXT CHECK ((lease_id IS NULL) = (lease_until IS NULL))
  ) STRICT;
  CREATE INDEX case_status_due ON case_status (next_poll_at, reference) WHERE next_poll_at IS NOT NULL;
  `,
  `
  -- The status lookup (server/status/): the slow hash of the status code on the receipt, never the
  -- code (NULL for applications from tablets that made none), and the wrong codes tried lately per
  -- reference. Misses are keyed by the reference as typed, without a reference to an application:
  -- a reference nobody has is locked like one that exists, so the lock tells nothing.
  ALTER TABLE applications ADD COLUMN status_code_hash TEXT;
  CREATE TABLE status_lookup_misses (
    reference      TEXT PRIMARY KEY,
    misses         INTEGER NOT NULL,
    last_missed_at TEXT NOT NULL,
    locked_until   TEXT
  ) STRICT;
  CREATE INDEX status_lookup_misses_by_time ON status_lookup_misses (last_missed_at);
  `,
  `
  -- For whom the application is made and what the employee recorded at the desk (the identity
  -- check, the payment), as columns of their own like the assistance: returned with the status and
  -- read by the forwarder without the answers. Applications stored before had neither.
  ALTER TABLE applications ADD COLUMN on_behalf_json TEXT;
  ALTER TABLE applications ADD COLUMN desk_json TEXT;
  `,
];

/** The schema version (`PRAGMA user_version`) this store migrates a database file to. */
export const SQLITE_SCHEMA_VERSION = sqliteMigrations.length;

interface ApplicationRow {
  reference: string;
  content_digest: string;
  form_id: string;
  form_version: number;
  received_at: string;
  expected_decision_by: string;
  status: string;
}

interface FileRow {
  id: number;
  question_id: string;
  position: number;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
}

interface StatusRow extends ApplicationRow {
  locale: string;
  assistance_json: string | null;
  consent_json: string | null;
  on_behalf_json: string | null;
  desk_json: string | null;
}

/**
 * The embedded store: one SQLite file under `DATA_DIR` (better-sqlite3). WAL journal with
 * `synchronous = FULL`, so a commit is on disk before `saveOnce` returns and survives `kill -9`
 * and a power cut (https://www.sqlite.org/pragma.html#pragma_synchronous). SQLite has one writer
 * at a time and better-sqlite3 runs a transaction without yielding, so concurrent requests for
 * one key are serialised, also across processes sharing the file (busy_timeout waits for the lock).
 */
export class SqliteApplicationStore implements ApplicationStore {
  /** Parked drafts, in the same database file and connection. */
  readonly parkedDrafts: ParkedDraftStore;
  /** The forwarding outbox, in the same database file and connection: every save records its application there. */
  readonly forwarding: ForwardingStore;
  /** Back-office accounts and their sessions, in the same database file and connection. */
  readonly backOfficeAccounts: BackOfficeAccountStore;
  /** The snapshots of the registered applications' zaken, in the same database file and connection. */
  readonly caseStatus: CaseStatusPollStore;
  /** The status lookup's reads and its misses per reference, in the same database file and connection. */
  readonly statusLookups: StatusLookupStore;
  private readonly db: Database.Database;
  private readonly dataDir: string;
  /** Saves applications in group commits: all that arrive while one commit runs go in the next. */
  private readonly saveGrouped: (input: NewApplication) => Promise<SaveOutcome>;
  private readonly databaseFile: string;
  /** The database file as opened: a file put in its place (or none) is not where this connection writes. */
  private readonly openedFile: Stats;
  private readonly minFreeBytes: number;
  /** The statements every save and every repeat runs, prepared once (`prepareStatements`). */
  private readonly statements: SaveStatements;

  /**
   * Opens (and if needed creates and migrates) the database in `dataDir`, which must exist.
   *
   * @param options.minFreeBytes room the health check asks to be free on the disk; default `DEFAULT_MIN_FREE_BYTES`.
   */
  constructor(dataDir: string, options: { minFreeBytes?: number } = {}) {
    this.dataDir = dataDir;
    this.databaseFile = path.join(dataDir, DATABASE_FILE);
    this.minFreeBytes = options.minFreeBytes ?? DEFAULT_MIN_FREE_BYTES;
    // Made by us with mode 0600 before SQLite makes it with 0644: SQLite gives the WAL and
    // shared-memory files the database file's mode (https://www.sqlite.org/src/doc/trunk/src/os_unix.c, findCreateFileMode).
    closeSync(openSync(this.databaseFile, 'a', 0o600));
    this.db = new Database(this.databaseFile);
    this.openedFile = statSync(this.databaseFile);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // SQLite's own default page cache (2 MB, https://www.sqlite.org/pragma.html#pragma_cache_size)
    // instead of better-sqlite3's 16 MB (SQLITE_DEFAULT_CACHE_SIZE=-16000,
    // https://github.com/WiseLibs/better-sqlite3/blob/master/docs/compilation.md): an upload's file
    // chunks pass through the cache once and are never read again by this process, yet one 25 MB
    // upload filled all 16 MB of it (measured: +17 MB peak resident memory). The small rows a save
    // reads (one key, one counter) fit in 2 MB many times over.
    this.db.pragma('cache_size = -2000');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    this.statements = prepareStatements(this.db);
    this.saveGrouped = this.groupedSaves();
    this.parkedDrafts = new SqliteParkedDraftStore(this.db);
    this.forwarding = new SqliteForwardingStore(this.db, (reference) => this.findFiles(reference));
    this.backOfficeAccounts = new SqliteBackOfficeAccountStore(this.db);
    this.caseStatus = new SqliteCaseStatusStore(this.db);
    this.statusLookups = new SqliteStatusLookupStore(this.db);
  }

  async findByIdempotencyKey(idempotencyKey: string): Promise<KeyedReceipt | undefined> {
    const row = this.rowByKey(idempotencyKey);
    return row ? { receipt: toReceipt(row), contentDigest: row.content_digest } : undefined;
  }

  async saveOnce(application: NewApplication): Promise<SaveOutcome> {
    try {
      return await this.saveGrouped(application);
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async findStatus(reference: string, deviceId: string): Promise<ApplicationStatus | undefined> {
    const row = this.db
      .prepare<[string, string], StatusRow>(
        `SELECT reference, content_digest, form_id, form_version, locale, received_at, expected_decision_by, status, assistance_json, consent_json,
           on_behalf_json, desk_json
         FROM applications WHERE reference = ? AND device_id = ?`,
      )
      .get(reference, deviceId);
    if (!row) return undefined;
    return {
      ...toReceipt(row),
      formId: row.form_id,
      formVersion: row.form_version,
      locale: row.locale,
      ...(row.assistance_json ? { assistance: JSON.parse(row.assistance_json) as ApplicationStatus['assistance'] } : {}),
      ...(row.consent_json ? { consent: JSON.parse(row.consent_json) as ApplicationStatus['consent'] } : {}),
      ...(row.on_behalf_json ? { onBehalf: JSON.parse(row.on_behalf_json) as ApplicationStatus['onBehalf'] } : {}),
      ...(row.desk_json ? { desk: JSON.parse(row.desk_json) as ApplicationStatus['desk'] } : {}),
    };
  }

  async findFiles(reference: string): Promise<readonly StoredFile[]> {
    const rows = this.db
      .prepare<[string], FileRow>('SELECT id, question_id, position, name, media_type, size, sha256 FROM files WHERE reference = ? ORDER BY question_id, position')
      .all(reference);
    return rows.map((row) => ({
      questionId: row.question_id,
      position: row.position,
      name: row.name,
      mediaType: row.media_type,
      size: row.size,
      sha256: row.sha256,
      content: () => Readable.from(this.chunks(row.id)),
    }));
  }

  /**
   * Ready when the database file is still the one this connection writes to (not deleted or
   * replaced), the disk has `minFreeBytes` free, the data directory can be written (uploads go
   * there first), and a write of one row commits, durably, as an application's would. A small
   * write alone is not enough: SQLite reuses the room of its WAL, so it can still succeed on a
   * full disk on which an application cannot.
   */
  async checkReady(): Promise<StoreReadiness> {
    try {
      if (!this.db.open) return { ready: false, reason: 'database-unavailable' };
      const current = await stat(this.databaseFile).catch(() => undefined);
      if (current?.ino !== this.openedFile.ino || current.dev !== this.openedFile.dev) return { ready: false, reason: 'database-unavailable' };
      const disk = await statfs(this.dataDir);
      if (disk.bavail * disk.bsize < this.minFreeBytes) return { ready: false, reason: 'disk-full' };
      await access(this.dataDir, constants.W_OK);
      this.db
        .transaction(() => this.db.prepare('INSERT INTO health_checks (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at').run(new Date().toISOString()))
        .immediate();
      return { ready: true };
    } catch (error) {
      return { ready: false, reason: sqliteUnreadyReason(error) };
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private rowByKey(idempotencyKey: string): ApplicationRow | undefined {
    return this.statements.rowByKey.get(idempotencyKey);
  }

  /**
   * A file's chunks one query at a time, so memory holds one chunk. Not one iterating statement:
   * better-sqlite3 refuses every other statement on the connection while an iterator is open.
   */
  private *chunks(fileId: number): Generator<Buffer> {
    const chunk = this.db.prepare<[number, number], { data: Buffer }>('SELECT data FROM file_chunks WHERE file_id = ? AND sequence = ?');
    for (let sequence = 0; ; sequence += 1) {
      const row = chunk.get(fileId, sequence);
      if (!row) return;
      yield row.data;
    }
  }

  /**
   * One IMMEDIATE transaction per group of saves, each save in a savepoint of its own, so one
   * commit (one `fsync`) makes the whole group durable while a save that fails (a file gone, a
   * constraint) undoes only itself and takes no reference number. IMMEDIATE takes the write lock at
   * BEGIN, so the key check and the insert see the same state: a concurrent retry from another
   * process waits, then finds the winner's row, and a repeat within the same group finds the row of
   * the save before it. The UNIQUE key makes a duplicate impossible even if that reasoning were
   * wrong: the insert would fail instead.
   */
  private groupedSaves(): (input: NewApplication) => Promise<SaveOutcome> {
    // Called inside the group's transaction, better-sqlite3 makes this a savepoint (https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md#transactionfunction---function).
    const saveOne = this.db.transaction((input: NewApplication) => this.insertOnce(input));
    const saveGroup = this.db.transaction((inputs: readonly NewApplication[]) =>
      inputs.map((input): BatchResult<SaveOutcome> => {
        try {
          return { ok: saveOne(input) };
        } catch (error) {
          // After a full disk or an I/O error SQLite may have undone the whole transaction
          // (https://www.sqlite.org/lang_transaction.html, "Response To Errors Within A Transaction"):
          // then nothing of the group can be committed, and every save of it fails.
          if (!this.db.inTransaction) throw error;
          return { error };
        }
      }),
    );
    return groupCommit((inputs) => saveGroup.immediate(inputs), { maxBatch: MAX_SAVES_PER_COMMIT });
  }

  private insertOnce(input: NewApplication): SaveOutcome {
    const statements = this.statements;
    const existing = this.rowByKey(input.idempotencyKey);
    if (existing) return { kind: 'existing', receipt: toReceipt(existing), sameContent: existing.content_digest === input.contentDigest };
    const { fromParkedDraft } = input;
    if (fromParkedDraft) {
      // Inside the IMMEDIATE transaction: no other save can record this lookup id in between.
      const sent = statements.sentParkedDraft.get(fromParkedDraft.lookupId, input.application.client.draftId);
      if (sent) return { kind: 'draftAlreadySent', reference: sent.reference };
    }

    const { last } = statements.nextReference.get(input.referenceYear) as { last: number };
    const receipt: Receipt = {
      reference: formatReference(input.referenceYear, last),
      receivedAt: input.receivedAt.toISOString(),
      expectedDecisionBy: input.expectedDecisionBy,
      status: 'received',
    };
    statements.insertApplication.run(
        receipt.reference,
        input.idempotencyKey,
        input.contentDigest,
        input.application.formId,
        input.application.formVersion,
        input.application.locale,
        receipt.receivedAt,
        receipt.expectedDecisionBy,
        receipt.status,
        input.deviceId,
        JSON.stringify(input.application),
        JSON.stringify(input.answers),
        JSON.stringify(input.application.assistance),
        input.application.consent ? JSON.stringify(input.application.consent) : null,
        input.statusCodeHash ?? null,
        input.application.onBehalf ? JSON.stringify(input.application.onBehalf) : null,
        input.application.desk ? JSON.stringify(input.application.desk) : null,
      );
    statements.recordWaitingForwarding(receipt.reference, receipt.receivedAt);
    for (const file of input.files) {
      const { lastInsertRowid } = statements.insertFile.run(receipt.reference, file.questionId, file.position, file.name, file.mediaType, file.size, file.sha256);
      const insertChunk = (sequence: number, data: Buffer) => statements.insertChunk.run(lastInsertRowid, sequence, data);
      if (file.bytes) [...bytesInChunks(file.bytes, FILE_CHUNK_BYTES)].forEach((data, sequence) => insertChunk(sequence, data));
      else copyInChunks(file.path, file.size, insertChunk);
    }
    if (fromParkedDraft) {
      statements.rememberSentParkedDraft.run(
        fromParkedDraft.lookupId,
        input.application.client.draftId,
        receipt.reference,
        receipt.receivedAt,
        fromParkedDraft.rememberUntil.toISOString(),
      );
      statements.deleteParkedDraft.run(fromParkedDraft.lookupId);
    }
    return { kind: 'created', receipt };
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (const [index, sql] of sqliteMigrations.entries()) {
      if (index < version) continue;
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.pragma(`user_version = ${index + 1}`);
      }).immediate();
    }
  }
}

/** The statements of a save and of a repeat's lookup. */
interface SaveStatements {
  readonly rowByKey: Database.Statement<[string], ApplicationRow>;
  readonly sentParkedDraft: Database.Statement<[string, string], { reference: string }>;
  readonly nextReference: Database.Statement<[number], { last: number }>;
  readonly insertApplication: Database.Statement<
    [string, string, string, string, number, string, string, string, string, string, string, string, string, string | null, string | null, string | null, string | null]
  >;
  readonly recordWaitingForwarding: RecordWaitingForwarding;
  readonly insertFile: Database.Statement<[string, string, number, string, string, number, string]>;
  readonly insertChunk: Database.Statement<[number | bigint, number, Buffer]>;
  readonly rememberSentParkedDraft: Database.Statement<[string, string, string, string, string]>;
  readonly deleteParkedDraft: Database.Statement<[string]>;
}

/**
 * Prepares the save's statements once, after the migrations: compiling SQL costs more than
 * running these small statements, and every application ran each of them.
 */
function prepareStatements(db: Database.Database): SaveStatements {
  return {
    rowByKey: db.prepare('SELECT reference, content_digest, form_id, form_version, received_at, expected_decision_by, status FROM applications WHERE idempotency_key = ?'),
    sentParkedDraft: db.prepare('SELECT reference FROM sent_parked_drafts WHERE lookup_id = ? OR draft_id = ?'),
    nextReference: db.prepare('INSERT INTO reference_counters (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last'),
    insertApplication: db.prepare(
      `INSERT INTO applications (reference, idempotency_key, content_digest, form_id, form_version, locale, received_at,
         expected_decision_by, status, device_id, application_json, answers_json, assistance_json, consent_json, status_code_hash,
         on_behalf_json, desk_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    recordWaitingForwarding: prepareRecordWaitingForwarding(db),
    insertFile: db.prepare('INSERT INTO files (reference, question_id, position, name, media_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertChunk: db.prepare('INSERT INTO file_chunks (file_id, sequence, data) VALUES (?, ?, ?)'),
    rememberSentParkedDraft: db.prepare('INSERT INTO sent_parked_drafts (lookup_id, draft_id, reference, sent_at, remember_until) VALUES (?, ?, ?, ?, ?)'),
    deleteParkedDraft: db.prepare('DELETE FROM parked_drafts WHERE lookup_id = ?'),
  };
}

/**
 * Reads a temporary file into the store piece by piece, inside the caller's transaction, so
 * memory stays at one chunk however large the file is. Synchronous on purpose: a better-sqlite3
 * transaction may not span an `await`.
 */
function copyInChunks(file: string, size: number, write: (sequence: number, data: Buffer) => void): void {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(FILE_CHUNK_BYTES, Math.max(size, 1)));
    let offset = 0;
    let sequence = 0;
    while (offset < size) {
      const read = readSync(descriptor, buffer, 0, Math.min(buffer.length, size - offset), offset);
      if (read === 0) throw new Error('Temporary file is shorter than received');
      // No copy needed: better-sqlite3 binds BLOBs with SQLITE_TRANSIENT, so SQLite copies the
      // bytes before `write` returns and the buffer can be reused.
      write(sequence, buffer.subarray(0, read));
      offset += read;
      sequence += 1;
    }
  } finally {
    closeSync(descriptor);
  }
}

function toReceipt(row: ApplicationRow): Receipt {
  return {
    reference: row.reference,
    receivedAt: row.received_at,
    expectedDecisionBy: row.expected_decision_by,
    status: row.status as Receipt['status'],
  };
}
