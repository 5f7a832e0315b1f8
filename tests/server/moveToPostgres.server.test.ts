// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationStore, NewApplication } from '../../server/applications/ApplicationStore';
import { CONFIG_ERROR_EXIT_CODE } from '../../server/ConfigError';
import type { CaseStatusPollStore } from '../../server/forwarding/CaseStatusPollStore';
import type { ForwardingAttempt, ForwardingStore } from '../../server/forwarding/ForwardingStore';
import type { CaseStatusSnapshot } from '../../server/status/CaseStatus';
import type { ParkedDraftStore } from '../../server/parkedDrafts/ParkedDraftStore';
import { openPostgresStores } from '../../server/storage/postgres';
import { DATABASE_FILE, FILE_CHUNK_BYTES, SQLITE_SCHEMA_VERSION, SqliteApplicationStore } from '../../server/storage/sqlite/SqliteApplicationStore';
import { buildService } from './support/buildService';
import { fileBytes } from './support/files';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { storedCounts } from './support/storedRows';
import { newApplication, sealedDraft, temporaryFile } from './support/storeInput';

const postgres = await reachTestPostgres();

/** The moment the checks read at: after every record was made, before any expires but the one meant to. */
const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;
/** A status code's hash as the store keeps it (the move copies it as text; nothing here checks a code against it). */
const STATUS_CODE_HASH = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=';

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
  /** One application in each forwarding state, see {@link forward}. */
  readonly forwarding: Forwarded;
}

/** The reference of the application left in each state of the forwarding outbox. */
interface Forwarded {
  /** Never tried. */
  readonly waiting: string;
  /** Tried once, two steps done, due again before `NOW`. */
  readonly retried: string;
  /** In the case system as a zaak. */
  readonly registered: string;
  /** Gave up, retried by staff, gave up again. */
  readonly needsAction: string;
  /** Under a lease that runs past `NOW`: the service was stopped in the middle of a try. */
  readonly leased: string;
}

const ZAKEN = 'https://zaken.gemeente.example/zaken/api/v1';
const DOCUMENTEN = 'https://documenten.gemeente.example/documenten/api/v1';
const failed = (at: string, step: string): ForwardingAttempt => ({
  at: new Date(at),
  step,
  outcome: 'failed',
  message: 'Het zaaksysteem antwoordde niet binnen 10 seconden.',
  detail: 'timeout after 10000 ms',
});

/** Claims at `now` and expects exactly `references`, by reference. */
async function claim(forwarding: ForwardingStore, now: string, leaseMs: number, references: readonly string[]): Promise<Map<string, string>> {
  const claimed = await forwarding.claimDue(new Date(now), leaseMs, 10);
  expect(claimed.map(({ reference }) => reference).sort()).toEqual([...references].sort());
  return new Map(claimed.map(({ reference, leaseId }) => [reference, leaseId]));
}

/**
 * Takes the outbox through every state as a forwarder and staff would, through the SQLite
 * ForwardingStore, all before `NOW`, and stops with a try under way (the service was stopped).
 */
async function forward(forwarding: ForwardingStore, forwarded: Forwarded): Promise<void> {
  const { retried, registered, needsAction, leased } = forwarded;
  const lease = (leases: Map<string, string>, reference: string) => leases.get(reference) ?? never();
  const first = await claim(forwarding, '2026-11-04T00:00:00.000Z', 60_000, [needsAction, registered, retried, leased]);
  expect(await forwarding.finish(needsAction, lease(first, needsAction), { kind: 'retry', nextAttemptAt: new Date('2026-11-06T00:00:00.000Z') }, failed('2026-11-04T00:00:05.000Z', 'zaak'))).toBe(true);
  expect(await forwarding.saveCheckpoint(registered, lease(first, registered), 'zaak', `${ZAKEN}/zaken/7d9f`)).toBe(true);
  expect(await forwarding.saveCheckpoint(registered, lease(first, registered), 'rol:initiator', `${ZAKEN}/rollen/01ab`)).toBe(true);
  expect(
    await forwarding.finish(
      registered,
      lease(first, registered),
      { kind: 'registered', zaakUrl: `${ZAKEN}/zaken/7d9f`, zaakIdentificatie: 'ZAAK-2026-000123' },
      { at: new Date('2026-11-04T00:00:10.000Z'), step: 'rol:initiator', outcome: 'registered', message: 'Geregistreerd als zaak ZAAK-2026-000123.' },
    ),
  ).toBe(true);
  expect(await forwarding.saveCheckpoint(retried, lease(first, retried), 'zaak', `${ZAKEN}/zaken/aa01`)).toBe(true);
  expect(await forwarding.saveCheckpoint(retried, lease(first, retried), 'document:application', `${DOCUMENTEN}/enkelvoudiginformatieobjecten/bb02`)).toBe(true);
  expect(
    await forwarding.finish(retried, lease(first, retried), { kind: 'retry', nextAttemptAt: new Date('2026-11-20T11:00:00.000Z') }, failed('2026-11-04T00:00:20.000Z', 'link:attachment:identityDocument:0')),
  ).toBe(true);
  expect(await forwarding.finish(leased, lease(first, leased), { kind: 'retry', nextAttemptAt: new Date('2026-11-19T00:00:00.000Z') }, failed('2026-11-04T00:00:30.000Z', 'zaak'))).toBe(true);

  const second = await claim(forwarding, '2026-11-06T00:00:00.000Z', 60_000, [needsAction]);
  const gaveUp = (at: string) => ({ at: new Date(at), step: 'zaak', outcome: 'needsAction' as const, message: 'Het zaaksysteem weigert de aanvraag.', detail: '400 {"invalidParams":[{"name":"zaaktype"}]}' });
  expect(await forwarding.finish(needsAction, lease(second, needsAction), { kind: 'needsAction', reason: 'Het zaaktype is niet bekend.' }, gaveUp('2026-11-06T00:00:05.000Z'))).toBe(true);
  expect(await forwarding.retryNow(needsAction, 'j.de.vries', new Date('2026-11-10T09:00:00.000Z'))).toBe(true);
  const third = await claim(forwarding, '2026-11-10T09:01:00.000Z', 60_000, [needsAction]);
  expect(await forwarding.finish(needsAction, lease(third, needsAction), { kind: 'needsAction', reason: 'Het zaaktype is nog steeds niet bekend.' }, gaveUp('2026-11-10T09:01:05.000Z'))).toBe(true);

  // A try begun the day before the service stopped, with a lease until the day after `NOW`.
  const last = await claim(forwarding, '2026-11-19T00:30:00.000Z', 2 * DAY_MS, [leased]);
  expect(await forwarding.saveCheckpoint(leased, lease(last, leased), 'zaak', `${ZAKEN}/zaken/cc03`)).toBe(true);
}

/** What the case system said of the registered application's zaak when it was last read. */
const SNAPSHOT: CaseStatusSnapshot = {
  statuses: [{ setAt: '2026-11-04T00:00:10.000Z', citizenText: 'Wij hebben uw aanvraag ontvangen.', description: 'Ontvangen', final: false }],
  decisionDueBy: '2026-12-29',
  caseHandler: { name: 'J. Jansen', phone: '14 020' },
};

/**
 * Polls the registered application's zaak as the case-status poller would: read once, then a read
 * that failed, then a poll under way when the service was stopped (leased past `NOW`).
 */
async function pollCaseStatus(caseStatus: CaseStatusPollStore, registered: string): Promise<void> {
  const leaseOf = async (at: string, leaseMs: number) => {
    const claimed = await caseStatus.claimDue(new Date(at), leaseMs, 10);
    expect(claimed.map(({ reference, zaakUrl }) => [reference, zaakUrl])).toEqual([[registered, `${ZAKEN}/zaken/7d9f`]]);
    return claimed[0]?.leaseId ?? never();
  };
  expect(await caseStatus.recordRead(registered, await leaseOf('2026-11-05T00:00:00.000Z', 60_000), SNAPSHOT, new Date('2026-11-05T00:00:01.000Z'), new Date('2026-11-18T00:00:00.000Z'))).toBe(true);
  expect(await caseStatus.recordFailure(registered, await leaseOf('2026-11-18T00:00:00.000Z', 60_000), new Date('2026-11-18T00:00:02.000Z'), new Date('2026-11-19T00:00:00.000Z'))).toBe(true);
  await leaseOf('2026-11-19T00:00:00.000Z', 2 * DAY_MS);
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

    // With the hash of the status code on its receipt (the others came from tablets that made none).
    const assisted = newApplication({ referenceYear: 2025, statusCodeHash: STATUS_CODE_HASH });
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
    // Received last, so no claim before the service stopped was due to take it.
    const untried = newApplication({ receivedAt: new Date('2026-11-19T08:00:00.000Z') });
    const applications = [assisted, unassisted, fromParked, later, untried];
    const references: string[] = [];
    for (const application of applications) {
      const outcome = await store.saveOnce(application);
      if (outcome.kind !== 'created') throw new Error(`Not created: ${outcome.kind}`);
      references.push(outcome.receipt.reference);
    }
    const [needsAction = '', retried = '', leased = '', registered = '', waiting = ''] = references;
    const forwarded = { waiting, retried, registered, needsAction, leased };
    await forward(store.forwarding, forwarded);
    await pollCaseStatus(store.caseStatus, registered);
    return { applications, parked, expired, sent, sentReference: references[2] ?? '', withLargeFile: references[1] ?? '', forwarding: forwarded };
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
    forwarding: await count('forwarding'),
    forwardingAttempts: await count('forwarding_attempts'),
    caseStatus: await count('case_status'),
  };
}

/** Each application's forwarding line and history at `NOW`, through a ForwardingStore. */
async function forwardingOf(forwarding: ForwardingStore, references: readonly string[]) {
  return Object.fromEntries(await Promise.all(references.map(async (reference) => [reference, await forwarding.findForwarding(reference, NOW)] as const)));
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

  it('copies every application with its files, the parked drafts, the sent parked draft, the counters and the forwarding outbox, and says it verified them', async () => {
    const moved = await runMove(buildDir, env);
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    const host = new URL(database.url).host;
    expect(moved.stdout.trim().split('\n')).toEqual([
      `Van / from: ${path.join(dataDir, 'intake.sqlite')}`,
      `Naar / to: PostgreSQL ${host}/${database.name}`,
      `Gekopieerd / copied: 5 aanvragen / applications, 4 bestanden / files (${2 * FILE_CHUNK_BYTES + 12_345 + 700 + FILE_CHUNK_BYTES + 4_000} bytes in 6 stukken / chunks), ` +
        '2 geparkeerde concepten / parked drafts, 1 verstuurde geparkeerde concepten / sent parked drafts, 2 referentietellers / reference counters, ' +
        'doorsturen naar het zaaksysteem / forwarding: 5 aanvragen / records, 7 regels geschiedenis / history lines, 1 zaakstatussen / case statuses',
      'Gecontroleerd / verified: aantallen per tabel, elke aanvraag met het doorsturen en de SHA-256 van elk bestand gelijk / counts per table, every application with its forwarding and the SHA-256 of every file equal',
    ]);
    expect(moved.stdout).not.toContain(new URL(database.url).password);
    const sqlite = storedCounts(dataDir);
    expect(await postgresCounts(database)).toEqual({ ...sqlite, parkedDrafts: 2, sentParkedDrafts: 1, referenceCounters: 2, forwarding: 5, forwardingAttempts: 7, caseStatus: 1 });
  });

  it('moves the forwarding outbox as it was: every state, try count, due time, checkpoint, zaak and history line; a try under way is released', async () => {
    const sqlite = new SqliteApplicationStore(dataDir);
    const moved = await openPostgresStores({ databaseUrl: database.url, poolSize: 2 });
    try {
      const { waiting, retried, registered, needsAction, leased } = made.forwarding;
      const all = [waiting, retried, registered, needsAction, leased];
      const before = await forwardingOf(sqlite.forwarding, all);
      const after = await forwardingOf(moved.forwarding, all);
      // The stopped service's try holds no lease on PostgreSQL: its row is waiting and due as before the try.
      expect(before[leased]?.summary.state).toBe('registering');
      const leasedBefore = before[leased] ?? never();
      expect(after).toStrictEqual({
        ...before,
        [leased]: { ...leasedBefore, summary: { ...leasedBefore.summary, state: 'waiting', nextAttemptAt: new Date('2026-11-19T00:00:00.000Z') } },
      });
      // What each state holds, so the equality above compares something.
      expect(after[registered]?.summary).toMatchObject({ state: 'registered', attempts: 1, zaakIdentificatie: 'ZAAK-2026-000123', registeredAt: new Date('2026-11-04T00:00:10.000Z') });
      expect(after[retried]?.summary).toMatchObject({ state: 'waiting', attempts: 1, nextAttemptAt: new Date('2026-11-20T11:00:00.000Z') });
      expect(after[needsAction]?.summary).toMatchObject({ state: 'needsAction', attempts: 1, reason: 'Het zaaktype is nog steeds niet bekend.' });
      expect(after[needsAction]?.attempts.map(({ outcome, by }) => [outcome, by])).toEqual([
        ['failed', undefined],
        ['needsAction', undefined],
        ['retryRequested', 'j.de.vries'],
        ['needsAction', undefined],
      ]);
      expect(after[waiting]).toStrictEqual({ summary: expect.objectContaining({ state: 'waiting', attempts: 0, nextAttemptAt: new Date('2026-11-19T08:00:00.000Z') }), attempts: [] });
      expect(await moved.forwarding.countByState(NOW)).toStrictEqual({ waiting: 3, registering: 0, registered: 1, needsAction: 1 });
      expect(await moved.forwarding.list('registered', NOW, { limit: 10, offset: 0 })).toStrictEqual(await sqlite.forwarding.list('registered', NOW, { limit: 10, offset: 0 }));
      expect(await moved.forwarding.list('needsAction', NOW, { limit: 10, offset: 0 })).toStrictEqual(await sqlite.forwarding.list('needsAction', NOW, { limit: 10, offset: 0 }));
    } finally {
      await sqlite.close();
      await moved.store.close();
    }
  });

  it('moves the snapshot of a zaak as it was, with its failed read; a poll under way is released, and a snapshot changed after the copy is reported', async () => {
    const { registered } = made.forwarding;
    const sqlite = new SqliteApplicationStore(dataDir);
    const moved = await openPostgresStores({ databaseUrl: database.url, poolSize: 2 });
    try {
      const before = await sqlite.caseStatus.read(registered);
      expect(before).toEqual({ snapshot: SNAPSHOT, checkedAt: '2026-11-05T00:00:01.000Z', lastFailedAt: '2026-11-18T00:00:02.000Z' });
      expect(await moved.caseStatus.read(registered)).toEqual(before);
    } finally {
      await sqlite.close();
      await moved.store.close();
    }
    // Released: no lease, due as before the poll that was under way.
    expect(await database.query('SELECT lease_id, lease_until, next_poll_at FROM case_status')).toEqual([{ lease_id: null, lease_until: null, next_poll_at: new Date('2026-11-19T00:00:00.000Z') }]);

    await database.query(`UPDATE case_status SET snapshot = jsonb_set(snapshot, '{decisionDueBy}', '"2027-01-05"')`);
    try {
      const checked = await runMove(buildDir, env);
      expect(checked.code).toBe(1);
      expect(checked.stderr).toContain(`Verschil / mismatch: ${registered}: zaakstatus anders / case status differs: snapshot`);
    } finally {
      await database.query(`UPDATE case_status SET snapshot = jsonb_set(snapshot, '{decisionDueBy}', '"2026-12-29"')`);
    }
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

      // The status lookup finds the same, the status code's hash included, and no hash where there was none.
      for (const reference of [made.forwarding.needsAction, made.withLargeFile]) {
        expect(await moved.statusLookups.findApplication(reference)).toEqual(await sqlite.statusLookups.findApplication(reference));
      }
      expect(await moved.statusLookups.findApplication(made.forwarding.needsAction)).toMatchObject({ statusCodeHash: STATUS_CODE_HASH });
      expect(await moved.statusLookups.findApplication(made.withLargeFile)).not.toHaveProperty('statusCodeHash');
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

  it('reports a forwarding record or history line changed in PostgreSQL after the copy, naming the reference', async () => {
    const { registered, needsAction } = made.forwarding;
    const idOf = async (reference: string) => (await database.query<{ id: string }>('SELECT id FROM applications WHERE reference = $1', [reference]))[0]?.id ?? never();
    const registeredId = await idOf(registered);
    const needsActionId = await idOf(needsAction);
    await database.query("UPDATE forwarding SET zaak_identificatie = 'ZAAK-ANDERS', checkpoints = '{}' WHERE application_id = $1", [registeredId]);
    await database.query("UPDATE forwarding_attempts SET requested_by = 'iemand anders' WHERE application_id = $1 AND outcome = 'retryRequested'", [needsActionId]);
    try {
      const checked = await runMove(buildDir, env);
      expect(checked.code).toBe(1);
      expect(checked.stderr.trim().split('\n')).toEqual([
        `Verschil / mismatch: ${needsAction}: geschiedenis van het doorsturen anders / forwarding history differs: regel / line 3`,
        `Verschil / mismatch: ${registered}: doorsturen anders / forwarding differs: checkpoints, zaak_identificatie`,
        'Niet gelijk / not verified: 2 differences between SQLite and PostgreSQL.',
      ]);
    } finally {
      await database.query(`UPDATE forwarding SET zaak_identificatie = 'ZAAK-2026-000123', checkpoints = jsonb_build_object('zaak', $2::text, 'rol:initiator', $3::text) WHERE application_id = $1`, [
        registeredId,
        `${ZAKEN}/zaken/7d9f`,
        `${ZAKEN}/rollen/01ab`,
      ]);
      await database.query("UPDATE forwarding_attempts SET requested_by = 'j.de.vries' WHERE application_id = $1 AND outcome = 'retryRequested'", [needsActionId]);
    }
    expect((await runMove(buildDir, env)).code).toBe(0);
  });

  it('reports a status code hash changed in PostgreSQL after the copy, naming the reference', async () => {
    const reference = made.forwarding.needsAction;
    await database.query('UPDATE applications SET status_code_hash = NULL WHERE reference = $1', [reference]);
    try {
      const checked = await runMove(buildDir, env);
      expect(checked.code).toBe(1);
      expect(checked.stderr.trim().split('\n')).toEqual([
        `Verschil / mismatch: ${reference}: kolommen anders / columns differ: status_code_hash`,
        'Niet gelijk / not verified: 1 differences between SQLite and PostgreSQL.',
      ]);
    } finally {
      await database.query('UPDATE applications SET status_code_hash = $2 WHERE reference = $1', [reference, STATUS_CODE_HASH]);
    }
    expect((await runMove(buildDir, env)).code).toBe(0);
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

describe.skipIf(postgres === undefined)('after a move, the forwarders on PostgreSQL go on where SQLite stopped', () => {
  let made: Made;
  let database: TestDatabase;
  beforeAll(async () => {
    const dataDir = path.join(scratch, 'forwarding');
    mkdirSync(dataDir);
    made = await makeDataDir(dataDir);
    database = await (postgres ?? never()).createDatabase();
    const moved = await runMove(buildDir, { DATA_DIR: dataDir, DATABASE_URL: database.url });
    expect(moved.stderr).toBe('');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('claims exactly the waiting, due applications with their try counts and checkpoints, the released try too; never the registered one or the one that needs action', async () => {
    const { waiting, retried, leased } = made.forwarding;
    const stores = await openPostgresStores({ databaseUrl: database.url, poolSize: 2 });
    try {
      const claimed = await stores.forwarding.claimDue(NOW, 60_000, 10);
      // Oldest due first: the released try (due since 19 November 00:00), the untried one (08:00), the retried one (20 November 11:00).
      expect(claimed.map(({ reference, attempt, queuedAt, checkpoints }) => ({ reference, attempt, queuedAt, checkpoints }))).toStrictEqual([
        { reference: leased, attempt: 3, queuedAt: new Date('2026-11-03T09:15:27.123Z'), checkpoints: { zaak: `${ZAKEN}/zaken/cc03` } },
        { reference: waiting, attempt: 1, queuedAt: new Date('2026-11-19T08:00:00.000Z'), checkpoints: {} },
        { reference: retried, attempt: 2, queuedAt: new Date('2026-11-03T09:15:27.123Z'), checkpoints: { zaak: `${ZAKEN}/zaken/aa01`, 'document:application': `${DOCUMENTEN}/enkelvoudiginformatieobjecten/bb02` } },
      ]);
      expect(await stores.forwarding.countByState(NOW)).toStrictEqual({ waiting: 0, registering: 3, registered: 1, needsAction: 1 });
      // Years later, with every lease run out: the same three again, never the registered one or the one that needs action.
      const later = await stores.forwarding.claimDue(new Date('2030-01-01T00:00:00.000Z'), 60_000, 10);
      expect(later.map(({ reference }) => reference)).toStrictEqual([leased, waiting, retried]);
    } finally {
      await stores.store.close();
    }
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
    expect(await postgresCounts(database)).toEqual({ applications: 1, files: 0, chunks: 0, parkedDrafts: 0, sentParkedDrafts: 0, referenceCounters: 1, forwarding: 1, forwardingAttempts: 0, caseStatus: 0 });
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
    expect(await postgresCounts(database)).toEqual({ applications: 0, files: 0, chunks: 0, parkedDrafts: 0, sentParkedDrafts: 0, referenceCounters: 0, forwarding: 0, forwardingAttempts: 0, caseStatus: 0 });

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

  it('refuses a SQLite file of an older or newer service; started once by this one, its applications get their forwarding records and move with them', async () => {
    const olderDir = path.join(scratch, 'older');
    mkdirSync(olderDir);
    const store = new SqliteApplicationStore(olderDir);
    let reference = '';
    try {
      const outcome = await store.saveOnce(newApplication());
      reference = outcome.kind === 'created' ? outcome.receipt.reference : never();
    } finally {
      await store.close();
    }
    // As a service from before the forwarding outbox left it: schema 5, without its tables or any later.
    const BEFORE_FORWARDING = 5;
    const setSchema = (version: number, sql = '') => {
      const db = new Database(path.join(olderDir, DATABASE_FILE));
      try {
        db.exec(sql);
        db.pragma(`user_version = ${version}`);
      } finally {
        db.close();
      }
    };
    setSchema(
      BEFORE_FORWARDING,
      'DROP TABLE case_status; DROP TABLE forwarding_attempts; DROP TABLE forwarding; DROP TABLE backoffice_sessions; DROP TABLE backoffice_sign_in_failures; DROP TABLE backoffice_accounts;' +
        ' DROP TABLE status_lookup_misses; ALTER TABLE applications DROP COLUMN status_code_hash;' +
        ' ALTER TABLE applications DROP COLUMN on_behalf_json; ALTER TABLE applications DROP COLUMN desk_json;',
    );
    const database = await createDatabase();
    const older = await runMove(buildDir, { DATA_DIR: olderDir, DATABASE_URL: database.url });
    expect(older.code).toBe(1);
    expect(older.stderr.trim()).toBe(
      'Niet verplaatst / not moved: De SQLite-database is van een oudere versie: start de service één keer op deze DATA_DIR en stop hem weer / ' +
        `the SQLite database has an older schema (${BEFORE_FORWARDING} of ${SQLITE_SCHEMA_VERSION}): start the service once on this DATA_DIR, stop it, then move.`,
    );
    // Refused before PostgreSQL was touched: not even the schema is there.
    expect(await database.query("SELECT to_regclass('applications') AS found")).toEqual([{ found: null }]);

    setSchema(SQLITE_SCHEMA_VERSION + 1);
    const newer = await runMove(buildDir, { DATA_DIR: olderDir, DATABASE_URL: database.url });
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain(`the SQLite database was made by a newer version of the service (schema ${SQLITE_SCHEMA_VERSION + 1}, this one knows ${SQLITE_SCHEMA_VERSION})`);

    // Started once (the store migrates as the service's start does), then stopped: the application is waiting to be forwarded.
    setSchema(BEFORE_FORWARDING);
    await new SqliteApplicationStore(olderDir).close();
    const moved = await runMove(buildDir, { DATA_DIR: olderDir, DATABASE_URL: database.url });
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    const stores = await openPostgresStores({ databaseUrl: database.url, poolSize: 1 });
    try {
      expect((await stores.forwarding.findForwarding(reference, NOW))?.summary).toMatchObject({ state: 'waiting', attempts: 0, nextAttemptAt: new Date('2026-11-03T09:15:27.123Z') });
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

  it('refuses a forwarding history line PostgreSQL cannot hold (a case system answer with U+0000), naming the application', async () => {
    const nulDir = path.join(scratch, 'nul-forwarding');
    mkdirSync(nulDir);
    const store = new SqliteApplicationStore(nulDir);
    let reference = '';
    try {
      const outcome = await store.saveOnce(newApplication());
      reference = outcome.kind === 'created' ? outcome.receipt.reference : never();
      const [claimed] = await store.forwarding.claimDue(NOW, 60_000, 1);
      const answer = { ...failed('2026-11-20T12:00:01.000Z', 'zaak'), detail: '500 fout\u0000' };
      expect(await store.forwarding.finish(reference, claimed?.leaseId ?? never(), { kind: 'retry', nextAttemptAt: NOW }, answer)).toBe(true);
    } finally {
      await store.close();
    }
    const database = await createDatabase();
    const refused = await runMove(buildDir, { DATA_DIR: nulDir, DATABASE_URL: database.url });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `Niet verplaatst / not moved: doorsturen van / forwarding of ${reference}: tekens die PostgreSQL niet kan bewaren in / text PostgreSQL cannot hold (U+0000) in detail; nothing was copied.`,
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
