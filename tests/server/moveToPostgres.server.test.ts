// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationStore, NewApplication } from '../../server/applications/ApplicationStore';
import { CONFIG_ERROR_EXIT_CODE } from '../../server/ConfigError';
import type { ParkedDraftStore } from '../../server/parkedDrafts/ParkedDraftStore';
import { openPostgresStores } from '../../server/storage/postgres';
import { FILE_CHUNK_BYTES, SqliteApplicationStore } from '../../server/storage/sqlite/SqliteApplicationStore';
import { buildService } from './support/buildService';
import { fileBytes } from './support/files';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { storedCounts } from './support/storedRows';
import { newApplication, sealedDraft, temporaryFile } from './support/storeInput';

const postgres = await reachTestPostgres();

/** The moment the checks read at: after every record was made, before any expires but the one meant to. */
const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the data directory holds, as the tests look it up again. */
interface Made {
  readonly applications: readonly NewApplication[];
  /** Lookup id of a parked draft still waiting, of one expired, and of one that became an application. */
  readonly parked: string;
  readonly expired: string;
  readonly sent: string;
  /** The reference the sent parked draft became. */
  readonly sentReference: string;
  /** The application with the file larger than a chunk. */
  readonly withLargeFile: string;
}

const lookupId = (seed: string) => createHash('sha256').update(seed).digest('hex');

/**
 * A data directory as the service leaves it, made through the real SQLite store: applications of
 * two years, assisted and not, with no file, with a file larger than a chunk and one of exactly a
 * chunk; parked drafts (one expired) and a parked draft that became an application.
 */
async function makeDataDir(dataDir: string): Promise<Made> {
  const uploads = path.join(dataDir, 'uploads-for-test');
  mkdirSync(uploads, { recursive: true });
  const store = new SqliteApplicationStore(dataDir);
  try {
    const parked = lookupId('parked');
    const expired = lookupId('expired');
    const sent = lookupId('sent');
    await store.parkedDrafts.park(parked, { sealed: sealedDraft('d2FjaHQ='), storedAt: new Date('2026-11-10T08:00:00.000Z'), expiresAt: new Date('2026-12-10T08:00:00.000Z') });
    await store.parkedDrafts.park(expired, { sealed: sealedDraft('b3Vk'), storedAt: new Date('2026-09-01T08:00:00.000Z'), expiresAt: new Date('2026-10-01T08:00:00.000Z') });
    await store.parkedDrafts.park(sent, { sealed: sealedDraft('dmVyc3R1dXJk'), storedAt: new Date('2026-11-02T08:00:00.000Z'), expiresAt: new Date('2026-12-02T08:00:00.000Z') });

    const assisted = newApplication({ referenceYear: 2025 });
    const unassistedBase = newApplication();
    const unassisted = newApplication({
      application: { ...unassistedBase.application, assistance: { assisted: false } },
      files: [
        temporaryFile(uploads, 'identityDocument', 0, fileBytes('pdf', 2 * FILE_CHUNK_BYTES + 12_345)),
        temporaryFile(uploads, 'identityDocument', 1, fileBytes('pdf', 700)),
        temporaryFile(uploads, 'passportPhoto', 0, fileBytes('jpeg', FILE_CHUNK_BYTES)),
      ],
    });
    const fromParkedBase = newApplication();
    const fromParked = newApplication({
      application: { ...fromParkedBase.application, client: { ...fromParkedBase.application.client, draftId: randomUUID(), parkedDraftLookupId: sent } },
      fromParkedDraft: { lookupId: sent, rememberUntil: new Date(NOW.getTime() + 365 * DAY_MS) },
      files: [temporaryFile(uploads, 'passportPhoto', 0, fileBytes('png', 4_000))],
    });
    const laterBase = newApplication({ referenceYear: 2025 });
    const later = newApplication({ ...laterBase, receivedAt: new Date('2025-12-31T22:59:59.999Z'), expectedDecisionBy: '2026-02-25' });
    const applications = [assisted, unassisted, fromParked, later, newApplication()];
    const references: string[] = [];
    for (const application of applications) {
      const outcome = await store.saveOnce(application);
      if (outcome.kind !== 'created') throw new Error(`Not created: ${outcome.kind}`);
      references.push(outcome.receipt.reference);
    }
    return { applications, parked, expired, sent, sentReference: references[2] ?? '', withLargeFile: references[1] ?? '' };
  } finally {
    await store.close();
    rmSync(uploads, { recursive: true, force: true });
  }
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The built command, as a person runs it: `node dist/server/moveToPostgres.js` with DATA_DIR and DATABASE_URL. */
function startMove(buildDir: string, env: Record<string, string>): { child: ChildProcess; done: Promise<Run> } {
  const { DATABASE_URL: _url, DATABASE_POOL_SIZE: _size, DATA_DIR: _dir, ...inherited } = process.env;
  const child = spawn(process.execPath, [path.join(buildDir, 'moveToPostgres.js')], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const done = new Promise<Run>((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

function runMove(buildDir: string, env: Record<string, string>): Promise<Run> {
  return startMove(buildDir, env).done;
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Everything the service's routes read about one application, through the store interface. */
async function readBack(store: ApplicationStore, application: NewApplication) {
  const keyed = await store.findByIdempotencyKey(application.idempotencyKey);
  const reference = keyed?.receipt.reference ?? '';
  const files = await store.findFiles(reference);
  return {
    keyed,
    status: await store.findStatus(reference, application.deviceId),
    files: await Promise.all(files.map(async ({ content, ...file }) => ({ ...file, bytes: await bytesOf(content()) }))),
  };
}

/** Rows per table in PostgreSQL, read as the admin. */
async function postgresCounts(database: TestDatabase) {
  const count = async (table: string) => Number((await database.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
  return {
    applications: await count('applications'),
    files: await count('files'),
    chunks: await count('file_chunks'),
    parkedDrafts: await count('parked_drafts'),
    sentParkedDrafts: await count('sent_parked_drafts'),
    referenceCounters: await count('reference_counters'),
  };
}

let buildDir = '';
let scratch = '';
beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'move-to-postgres-'));
  buildDir = await buildService();
});
afterAll(async () => {
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  await postgres?.close();
});

describe('the move command refuses what it cannot use, in one line', () => {
  it('without DATABASE_URL, with a DATABASE_URL that is no PostgreSQL address, or with a DATA_DIR that holds no database, exits with the configuration error code', async () => {
    const dataDir = path.join(scratch, 'config-data');
    mkdirSync(dataDir);
    const unset = await runMove(buildDir, { DATA_DIR: dataDir });
    expect(unset.code).toBe(CONFIG_ERROR_EXIT_CODE);
    expect(unset.stderr.trim()).toBe(
      'Configuratiefout / configuration error: DATABASE_URL is not set: set it to the PostgreSQL database to move into, such as postgresql://intake:secret@db.example:5432/intake.',
    );

    const wrong = await runMove(buildDir, { DATA_DIR: dataDir, DATABASE_URL: 'mysql://intake:geheim-wachtwoord@db/intake' });
    expect(wrong.code).toBe(CONFIG_ERROR_EXIT_CODE);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toContain('DATABASE_URL must be a PostgreSQL address');
    expect(wrong.stderr).not.toContain('geheim-wachtwoord');

    const url = 'postgresql://intake:secret@127.0.0.1:1/intake';
    const empty = await runMove(buildDir, { DATA_DIR: dataDir, DATABASE_URL: url });
    expect(empty.code).toBe(CONFIG_ERROR_EXIT_CODE);
    expect(empty.stderr.trim()).toBe(
      `Configuratiefout / configuration error: DATA_DIR (${dataDir}) holds no intake.sqlite: set it to the data directory of the service to move.`,
    );
    const absent = await runMove(buildDir, { DATA_DIR: path.join(scratch, 'nowhere'), DATABASE_URL: url });
    expect(absent.code).toBe(CONFIG_ERROR_EXIT_CODE);
    expect(absent.stderr).toContain(`DATA_DIR (${path.join(scratch, 'nowhere')}) does not exist`);
    expect(absent.stdout).toBe('');
  });

  it('refuses while the service has the SQLite database open, and copies nothing', async () => {
    const dataDir = path.join(scratch, 'in-use');
    mkdirSync(dataDir);
    const running = new SqliteApplicationStore(dataDir);
    try {
      await running.saveOnce(newApplication());
      const refused = await runMove(buildDir, { DATA_DIR: dataDir, DATABASE_URL: 'postgresql://intake:secret@127.0.0.1:1/intake' });
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe(
        'Niet verplaatst / not moved: De SQLite-database is in gebruik: stop eerst de service / the SQLite database in DATA_DIR is in use (is the service still running?): stop the service first.',
      );
      // The service goes on: the move took nothing from it.
      expect((await running.saveOnce(newApplication())).kind).toBe('created');
    } finally {
      await running.close();
    }
  });
});

describe.skipIf(postgres === undefined)('moving a SQLite data directory into PostgreSQL', () => {
  let dataDir = '';
  let made: Made;
  let database: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    dataDir = path.join(scratch, 'moved');
    mkdirSync(dataDir);
    made = await makeDataDir(dataDir);
    database = await (postgres ?? never()).createDatabase();
    env = { DATA_DIR: dataDir, DATABASE_URL: database.url };
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('copies every application with its files, the parked drafts, the sent parked draft and the counters, and says it verified them', async () => {
    const moved = await runMove(buildDir, env);
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    const host = new URL(database.url).host;
    expect(moved.stdout.trim().split('\n')).toEqual([
      `Van / from: ${path.join(dataDir, 'intake.sqlite')}`,
      `Naar / to: PostgreSQL ${host}/${database.name}`,
      `Gekopieerd / copied: 5 aanvragen / applications, 4 bestanden / files (${2 * FILE_CHUNK_BYTES + 12_345 + 700 + FILE_CHUNK_BYTES + 4_000} bytes in 6 stukken / chunks), ` +
        '2 geparkeerde concepten / parked drafts, 1 verstuurde geparkeerde concepten / sent parked drafts, 2 referentietellers / reference counters',
      'Gecontroleerd / verified: aantallen per tabel, elke aanvraag en de SHA-256 van elk bestand gelijk / counts per table, every application and the SHA-256 of every file equal',
    ]);
    expect(moved.stdout).not.toContain(new URL(database.url).password);
    const sqlite = storedCounts(dataDir);
    expect(await postgresCounts(database)).toEqual({ ...sqlite, parkedDrafts: 2, sentParkedDrafts: 1, referenceCounters: 2 });
  });

  it('reads back through the PostgreSQL stores exactly as through the SQLite ones: receipts, statuses, files byte for byte, parked drafts, the sent parked draft', async () => {
    const sqlite = new SqliteApplicationStore(dataDir);
    const moved = await openPostgresStores({ databaseUrl: database.url, poolSize: 2 });
    try {
      for (const application of made.applications) {
        const before = await readBack(sqlite, application);
        expect(before.keyed).toBeDefined();
        expect(await readBack(moved.store, application)).toEqual(before);
      }
      const large = await readBack(moved.store, made.applications[1] ?? never());
      expect(large.files.map(({ size, bytes }) => [size, bytes.length])).toEqual([
        [2 * FILE_CHUNK_BYTES + 12_345, 2 * FILE_CHUNK_BYTES + 12_345],
        [700, 700],
        [FILE_CHUNK_BYTES, FILE_CHUNK_BYTES],
      ]);
      expect(large.status?.assistance).toEqual({ assisted: false });
      expect((await readBack(moved.store, made.applications[0] ?? never())).status?.assistance).toMatchObject({ assisted: true, staffName: 'Mila Jansen' });

      const drafts = (store: ParkedDraftStore, id: string, at: Date = NOW) => store.findParked(id, at);
      expect(await drafts(moved.parkedDrafts, made.parked)).toEqual(await drafts(sqlite.parkedDrafts, made.parked));
      expect(await drafts(moved.parkedDrafts, made.parked)).toMatchObject({ sealed: sealedDraft('d2FjaHQ=') });
      expect(await drafts(moved.parkedDrafts, made.sent)).toBeUndefined();
      // Expired, but copied as it was: the service's purge removes it, not the move.
      const beforeExpiry = new Date('2026-09-15T00:00:00.000Z');
      expect(await drafts(moved.parkedDrafts, made.expired, beforeExpiry)).toEqual(await drafts(sqlite.parkedDrafts, made.expired, beforeExpiry));
      expect(await drafts(moved.parkedDrafts, made.expired)).toBeUndefined();
      expect(await moved.parkedDrafts.findSent(made.sent, NOW)).toBe(made.sentReference);
      expect(await moved.parkedDrafts.findSent(made.parked, NOW)).toBeUndefined();
    } finally {
      await sqlite.close();
      await moved.store.close();
    }
  });

  it('is harmless when run again: it only checks, and says so', async () => {
    const before = await postgresCounts(database);
    const again = await runMove(buildDir, env);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Al in PostgreSQL, alleen gecontroleerd / already in PostgreSQL, only checked: 5 aanvragen / applications');
    expect(again.stdout).toContain('Gecontroleerd / verified');
    expect(await postgresCounts(database)).toEqual(before);
  });

  it('reports a chunk changed in PostgreSQL after the copy, naming the reference, and exits non-zero', async () => {
    const [chunk] = await database.query<{ file_id: string; data: Buffer }>(
      `SELECT file_id, data FROM file_chunks JOIN files ON files.id = file_chunks.file_id JOIN applications ON applications.id = files.application_id
       WHERE applications.reference = $1 AND question_id = 'identityDocument' AND position = 0 AND sequence = 1`,
      [made.withLargeFile],
    );
    if (!chunk) throw new Error('No second chunk');
    const damaged = Buffer.from(chunk.data);
    damaged[1000] = (damaged[1000] ?? 0) ^ 0xff;
    await database.query('UPDATE file_chunks SET data = $1 WHERE file_id = $2 AND sequence = 1', [damaged, chunk.file_id]);
    try {
      const checked = await runMove(buildDir, env);
      expect(checked.code).toBe(1);
      const lines = checked.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        new RegExp(
          `^Verschil / mismatch: ${made.withLargeFile}: bestand / file identityDocument 0 \\(bijlage-0.pdf\\): de bytes in PostgreSQL kloppen niet met de opgeslagen SHA-256 / the bytes in PostgreSQL do not match the stored SHA-256 \\(${2 * FILE_CHUNK_BYTES + 12_345} bytes, [0-9a-f]{64}\\)$`,
        ),
      );
      expect(lines[1]).toBe('Niet gelijk / not verified: 1 differences between SQLite and PostgreSQL.');
      expect(checked.stdout).not.toContain('Gecontroleerd / verified');
    } finally {
      await database.query('UPDATE file_chunks SET data = $1 WHERE file_id = $2 AND sequence = 1', [chunk.data, chunk.file_id]);
    }
    expect((await runMove(buildDir, env)).code).toBe(0);
  });

  it('gives the next application on PostgreSQL the next reference of its year', async () => {
    const moved = await openPostgresStores({ databaseUrl: database.url, poolSize: 2 });
    try {
      const next2026 = await moved.store.saveOnce(newApplication({ referenceYear: 2026 }));
      const next2025 = await moved.store.saveOnce(newApplication({ referenceYear: 2025 }));
      const next2027 = await moved.store.saveOnce(newApplication({ referenceYear: 2027 }));
      expect([next2026, next2025, next2027].map((outcome) => outcome.kind === 'created' && outcome.receipt.reference)).toEqual([
        'HV-2026-000004',
        'HV-2025-000003',
        'HV-2027-000001',
      ]);
    } finally {
      await moved.store.close();
    }
    // Now PostgreSQL holds more than DATA_DIR: a later run refuses rather than mixing the two.
    const refused = await runMove(buildDir, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('PostgreSQL already holds other data (8 applications');
  });
});

describe.skipIf(postgres === undefined)('a move that cannot finish leaves PostgreSQL as it was', () => {
  let dataDir = '';
  let made: Made;
  const databases: TestDatabase[] = [];
  beforeAll(async () => {
    dataDir = path.join(scratch, 'halfway');
    mkdirSync(dataDir);
    made = await makeDataDir(dataDir);
  });
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });
  const createDatabase = async () => {
    const database = await (postgres ?? never()).createDatabase();
    databases.push(database);
    return database;
  };

  it('refuses a database that holds other applications, and leaves them as they are', async () => {
    const database = await createDatabase();
    const other = await openPostgresStores({ databaseUrl: database.url, poolSize: 1 });
    await other.store.saveOnce(newApplication());
    await other.store.close();
    const refused = await runMove(buildDir, { DATA_DIR: dataDir, DATABASE_URL: database.url });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      'Niet verplaatst / not moved: PostgreSQL bevat al andere gegevens; er is niets gekopieerd / PostgreSQL already holds other data (1 applications, 0 parked drafts, ' +
        '0 sent parked drafts, 1 reference counters), not the same applications as DATA_DIR: nothing was copied. Move into an empty database.',
    );
    expect(await postgresCounts(database)).toEqual({ applications: 1, files: 0, chunks: 0, parkedDrafts: 0, sentParkedDrafts: 0, referenceCounters: 1 });
  });

  it('killed halfway through the files, it leaves nothing behind, and the next run copies everything', async () => {
    const database = await createDatabase();
    // The schema first, then a trigger that holds the copy at the large file's second chunk.
    await (await openPostgresStores({ databaseUrl: database.url, poolSize: 1 })).store.close();
    await database.query(`CREATE FUNCTION hold_copy() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(2); RETURN NEW; END $$`);
    await database.query('CREATE TRIGGER hold_copy BEFORE INSERT ON file_chunks FOR EACH ROW WHEN (NEW.sequence = 1) EXECUTE FUNCTION hold_copy()');
    const { child, done } = startMove(buildDir, { DATA_DIR: dataDir, DATABASE_URL: database.url });
    const movers = () =>
      (postgres ?? never()).admin<{ wait_event: string | null }>("SELECT wait_event FROM pg_stat_activity WHERE datname = $1 AND application_name = 'hulploket-move-to-postgres'", [
        database.name,
      ]);
    await waitFor(async () => (await movers()).some(({ wait_event }) => wait_event === 'PgSleep'));
    // Applications and some chunks are in the open transaction now.
    expect((await database.query<{ n: string }>('SELECT count(*) AS n FROM applications'))[0]?.n).toBe('0');
    child.kill('SIGKILL');
    expect((await done).code).toBe(null);
    // The server ends the transaction (rolling it back) once it sees the connection gone.
    await waitFor(async () => (await movers()).length === 0);
    expect(await postgresCounts(database)).toEqual({ applications: 0, files: 0, chunks: 0, parkedDrafts: 0, sentParkedDrafts: 0, referenceCounters: 0 });

    await database.query('DROP TRIGGER hold_copy ON file_chunks');
    const moved = await runMove(buildDir, { DATA_DIR: dataDir, DATABASE_URL: database.url });
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('Gekopieerd / copied: 5 aanvragen / applications');
    expect(moved.stdout).toContain('Gecontroleerd / verified');
    const stores = await openPostgresStores({ databaseUrl: database.url, poolSize: 1 });
    try {
      expect(await stores.parkedDrafts.findSent(made.sent, NOW)).toBe(made.sentReference);
    } finally {
      await stores.store.close();
    }
  });

  it('refuses text PostgreSQL cannot hold, naming the application, after copying others before it: nothing is left', async () => {
    const nulDir = path.join(scratch, 'nul');
    mkdirSync(nulDir);
    const store = new SqliteApplicationStore(nulDir);
    let nulReference = '';
    try {
      await store.saveOnce(newApplication());
      const base = newApplication();
      const outcome = await store.saveOnce({ ...base, application: { ...base.application, answers: { ...base.application.answers, familyName: 'de\u0000Vries' } } });
      nulReference = outcome.kind === 'created' ? outcome.receipt.reference : never();
    } finally {
      await store.close();
    }
    const database = await createDatabase();
    const refused = await runMove(buildDir, { DATA_DIR: nulDir, DATABASE_URL: database.url });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `Niet verplaatst / not moved: aanvraag / application ${nulReference}: tekens die PostgreSQL niet kan bewaren in / text PostgreSQL cannot hold (U+0000) in application_json.answers.familyName; nothing was copied.`,
    );
    expect((await postgresCounts(database)).applications).toBe(0);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('Waited in vain');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function never(): never {
  throw new Error('Not reached');
}
