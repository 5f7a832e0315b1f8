// @vitest-environment node
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationStore, NewApplication, SaveOutcome } from '../../server/applications/ApplicationStore';
import type { ForwardingAttempt, ForwardingStore, ForwardingSummary } from '../../server/forwarding/ForwardingStore';
import { openPostgresStores } from '../../server/storage/postgres';
import { postgresMigrations } from '../../server/storage/postgres/postgresMigrations';
import { DATABASE_FILE, FILE_CHUNK_BYTES, SqliteApplicationStore, sqliteMigrations } from '../../server/storage/sqlite/SqliteApplicationStore';
import { fileBytes } from './support/files';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { newApplication, temporaryFile } from './support/storeInput';

/** One instance of the service: its application store and its forwarding outbox, on shared storage. */
interface Instance {
  readonly store: ApplicationStore;
  readonly forwarding: ForwardingStore;
}

/** An application as a service from before the outbox stored it, straight into its tables. */
interface OldApplication {
  readonly reference: string;
  readonly input: NewApplication;
}

/** One implementation of the stores, as the contract below drives it; fresh storage per test. */
interface Engine {
  /** Whether its tests are skipped here (PostgreSQL not reachable; `reachTestPostgres` says why). */
  readonly skip: boolean;
  /** New, empty storage; `before` fills it as a service from before the outbox left it (schema and rows). */
  setUp(before?: readonly OldApplication[]): Promise<void>;
  /** Stores on the storage, as one more instance of the service opens them (SQLite: one more connection to the file). */
  open(): Promise<Instance>;
  /** Rows in the `forwarding` table, read straight from the storage. */
  forwardingRows(): Promise<number>;
  tearDown(): Promise<void>;
}

/** Where the outbox's migration is in a list of migrations: what ran before it is the schema of an older service. */
const isForwardingMigration = (sql: string) => sql.includes('CREATE TABLE forwarding (');

function sqliteEngine(): Engine {
  let dataDir = '';
  let opened: SqliteApplicationStore[] = [];
  const count = () => {
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM forwarding').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  return {
    skip: false,
    setUp: async (before) => {
      dataDir = mkdtempSync(path.join(tmpdir(), 'forwarding-contract-'));
      if (!before) return;
      const db = new Database(path.join(dataDir, DATABASE_FILE));
      const older = sqliteMigrations.slice(0, sqliteMigrations.findIndex(isForwardingMigration));
      for (const [index, sql] of older.entries()) {
        db.exec(sql);
        db.pragma(`user_version = ${index + 1}`);
      }
      const insert = db.prepare(
        `INSERT INTO applications (reference, idempotency_key, content_digest, form_id, form_version, locale, received_at, expected_decision_by, status, device_id, application_json, answers_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)`,
      );
      for (const { reference, input } of before) {
        const { application } = input;
        insert.run(reference, input.idempotencyKey, input.contentDigest, application.formId, application.formVersion, application.locale, input.receivedAt.toISOString(), input.expectedDecisionBy, input.deviceId, JSON.stringify(application), JSON.stringify(input.answers));
      }
      db.close();
    },
    open: async () => {
      const store = new SqliteApplicationStore(dataDir);
      opened.push(store);
      return { store, forwarding: store.forwarding };
    },
    forwardingRows: async () => count(),
    tearDown: async () => {
      await Promise.all(opened.map((store) => store.close()));
      opened = [];
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const postgres = await reachTestPostgres();

function postgresEngine(): Engine {
  let database: TestDatabase | undefined;
  let opened: ApplicationStore[] = [];
  return {
    skip: postgres === undefined,
    setUp: async (before) => {
      database = await postgres?.createDatabase();
      if (!before || !database) return;
      // As the database's owner, as the service migrates: what the older service's migrations made is the service's to change.
      const owner = new Client({ connectionString: database.url });
      await owner.connect();
      try {
        // As migratePostgres records them.
        await owner.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
        const older = postgresMigrations.slice(0, postgresMigrations.findIndex(({ sql }) => isForwardingMigration(sql)));
        for (const [index, { sql, description }] of older.entries()) {
          await owner.query(sql);
          await owner.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [index + 1, description]);
        }
        for (const { reference, input } of before) {
          const { application } = input;
          await owner.query(
            `INSERT INTO applications (reference, idempotency_key, content_digest, form_id, form_version, locale, received_at, expected_decision_by, status, device_id, application, answers)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'received', $9, $10, $11)`,
            [reference, input.idempotencyKey, input.contentDigest, application.formId, application.formVersion, application.locale, input.receivedAt, input.expectedDecisionBy, input.deviceId, JSON.stringify(application), JSON.stringify(input.answers)],
          );
        }
      } finally {
        await owner.end();
      }
    },
    open: async () => {
      // A pool of its own per instance: two instances of the service share only the database.
      const stores = await openPostgresStores({ databaseUrl: database?.url ?? '', poolSize: 4 });
      opened.push(stores.store);
      return stores;
    },
    forwardingRows: async () => Number((await database?.query<{ n: string }>('SELECT count(*) AS n FROM forwarding'))?.[0]?.n),
    tearDown: async () => {
      await Promise.all(opened.map((store) => store.close()));
      opened = [];
      await database?.drop();
    },
  };
}

afterAll(async () => {
  await postgres?.close();
});

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Where the tests' applications are received: each test's own moments count from here. */
const T0 = new Date('2026-11-03T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const ZAAK = 'https://zaken.example.nl/zaken/api/v1/zaken/6f1f0c3e-0b0e-4b8e-9a4e-000000000001';

describe.each([
  ['SQLite', sqliteEngine()],
  ['PostgreSQL', postgresEngine()],
])('the %s forwarding outbox', (_name, engine) => {
  describe('keeps the guarantees written on ForwardingStore', { skip: engine.skip }, () => {
    let first: Instance;
    let second: Instance;
    let fileDir: string;
    /** Saves a new application through `instance`, received at `receivedAt`; its reference. */
    const save = async (instance: Instance, receivedAt: Date, overrides: Partial<NewApplication> = {}) => referenceOf(await instance.store.saveOnce(newApplication({ receivedAt, ...overrides })));

    beforeEach(async () => {
      await engine.setUp();
      first = await engine.open();
      second = await engine.open();
      fileDir = mkdtempSync(path.join(tmpdir(), 'forwarding-contract-files-'));
    });
    afterEach(async () => {
      await engine.tearDown();
      rmSync(fileDir, { recursive: true, force: true });
    });
    describe('1. one record per saved application, from its commit on', () => {
      it('records a saved application as waiting and due at once: another instance claims it and reads the application, its answers, dates and every byte of its files', async () => {
        const files = [temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 2 * FILE_CHUNK_BYTES + 10)), temporaryFile(fileDir, 'passportPhoto', 0, fileBytes('jpeg', 4845))];
        const input = newApplication({ receivedAt: T0, files });
        const reference = referenceOf(await first.store.saveOnce(input));

        expect(await second.forwarding.findForwarding(reference, T0)).toStrictEqual({
          summary: { reference, formId: input.application.formId, receivedAt: T0, state: 'waiting', attempts: 0, nextAttemptAt: T0 },
          attempts: [],
        });
        expect(await second.forwarding.claimDue(new Date(T0.getTime() - 1), MINUTE_MS, 10)).toEqual([]);
        const [claimed, ...more] = await second.forwarding.claimDue(T0, MINUTE_MS, 10);
        expect(more).toEqual([]);
        expect(claimed).toStrictEqual({ reference, attempt: 1, queuedAt: T0, leaseUntil: at(MINUTE_MS), leaseId: expect.any(String), checkpoints: {} });

        const toForward = await second.forwarding.readApplication(reference);
        expect(toForward).toMatchObject({ reference, application: input.application, answers: input.answers, receivedAt: T0, expectedDecisionBy: input.expectedDecisionBy });
        const stored = toForward?.files ?? [];
        expect(stored.map(({ questionId, position, name, mediaType, size, sha256 }) => ({ questionId, position, name, mediaType, size, sha256 }))).toStrictEqual(
          files.map(({ questionId, position, name, mediaType, size, sha256 }) => ({ questionId, position, name, mediaType, size, sha256 })),
        );
        for (const [index, file] of stored.entries()) {
          const read = await readAll(file.content());
          expect(read.sha256).toBe(files[index]?.sha256);
          expect(read.largestChunk).toBeLessThanOrEqual(FILE_CHUNK_BYTES);
        }
      });

      it('records nothing more for a repeat of a key, other content under a used key, 20 concurrent repeats from two instances, or a second application from one parked draft', async () => {
        const input = newApplication({ receivedAt: T0 });
        await first.store.saveOnce(input);
        const draftId = randomUUID();
        const fromDraft = (lookupId: string) => {
          const made = newApplication({ receivedAt: T0, fromParkedDraft: { lookupId, rememberUntil: at(365 * 24 * HOUR_MS) } });
          return { ...made, application: { ...made.application, client: { ...made.application.client, draftId } } };
        };
        expect((await first.store.saveOnce(fromDraft('first-code'))).kind).toBe('created');
        expect(await engine.forwardingRows()).toBe(2);

        expect((await second.store.saveOnce(input)).kind).toBe('existing');
        expect((await second.store.saveOnce({ ...newApplication(), idempotencyKey: input.idempotencyKey })).kind).toBe('existing');
        const repeats = await Promise.all(Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? first : second).store.saveOnce(input)));
        expect(repeats.every((outcome) => outcome.kind === 'existing')).toBe(true);
        expect((await second.store.saveOnce(fromDraft('second-code'))).kind).toBe('draftAlreadySent');
        expect(await engine.forwardingRows()).toBe(2);
        expect((await second.forwarding.countByState(T0)).waiting).toBe(2);
      });

      it('records nothing for a save that fails midway, and the retried save is recorded once', async () => {
        const missing = temporaryFile(fileDir, 'identityDocument', 1, fileBytes('pdf', 1000));
        rmSync(missing.path);
        const failing = newApplication({ receivedAt: T0, files: [temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', FILE_CHUNK_BYTES + 5)), missing] });
        await expect(first.store.saveOnce(failing)).rejects.toThrow();
        expect(await engine.forwardingRows()).toBe(0);
        expect(await second.forwarding.claimDue(at(HOUR_MS), MINUTE_MS, 10)).toEqual([]);
        expect(await second.forwarding.countByState(at(HOUR_MS))).toStrictEqual({ waiting: 0, registering: 0, registered: 0, needsAction: 0 });

        const reference = referenceOf(await first.store.saveOnce({ ...failing, files: [] }));
        expect(await engine.forwardingRows()).toBe(1);
        expect((await second.forwarding.claimDue(at(HOUR_MS), MINUTE_MS, 10)).map((claimed) => claimed.reference)).toEqual([reference]);
      });
    });

    describe('2. one forwarder at a time per application', () => {
      it('hands each of 40 applications to exactly one of 4 concurrent claimers on two instances', async () => {
        const references = await Promise.all(Array.from({ length: 40 }, (_, index) => save(index % 2 === 0 ? first : second, at(index * 1000))));
        const now = at(HOUR_MS);
        const claimer = async (instance: Instance) => {
          const mine: string[] = [];
          for (;;) {
            const batch = await instance.forwarding.claimDue(now, 5 * MINUTE_MS, 3);
            if (batch.length === 0) return mine;
            for (const claimed of batch) {
              expect(claimed.attempt).toBe(1);
              mine.push(claimed.reference);
            }
          }
        };
        const claimedBy = await Promise.all([first, second, first, second].map(claimer));
        const claimed = claimedBy.flat();
        expect(claimed).toHaveLength(40);
        expect([...claimed].sort()).toEqual([...references].sort());
        expect(await first.forwarding.claimDue(now, 5 * MINUTE_MS, 100)).toEqual([]);
        expect(await second.forwarding.countByState(now)).toStrictEqual({ waiting: 0, registering: 40, registered: 0, needsAction: 0 });
      });

      it('claims only what is due, oldest due first, at most `limit`, each under a lease of its own with its try counted', async () => {
        const oldest = await save(first, at(0));
        const middle = await save(first, at(2 * MINUTE_MS));
        const newest = await save(second, at(4 * MINUTE_MS));
        const notYetDue = await save(second, at(HOUR_MS));

        const now = at(5 * MINUTE_MS);
        expect(await second.forwarding.claimDue(now, 10 * MINUTE_MS, 0)).toEqual([]);
        expect(await second.forwarding.claimDue(now, 10 * MINUTE_MS, -1)).toEqual([]);
        const claimed = await second.forwarding.claimDue(now, 10 * MINUTE_MS, 2);
        expect(claimed.map(({ reference, attempt }) => ({ reference, attempt }))).toStrictEqual([
          { reference: oldest, attempt: 1 },
          { reference: middle, attempt: 1 },
        ]);
        for (const lease of claimed) expect(lease.leaseUntil).toStrictEqual(at(15 * MINUTE_MS));
        expect(claimed[0]?.leaseId).not.toBe(claimed[1]?.leaseId);
        // The leased ones are not handed out again while their lease runs.
        expect((await first.forwarding.claimDue(now, 10 * MINUTE_MS, 10)).map(({ reference }) => reference)).toEqual([newest]);
        expect(await first.forwarding.claimDue(at(15 * MINUTE_MS - 1), 10 * MINUTE_MS, 10)).toEqual([]);
        expect((await first.forwarding.claimDue(at(HOUR_MS), 10 * MINUTE_MS, 10)).map(({ reference, attempt }) => ({ reference, attempt }))).toStrictEqual([
          { reference: oldest, attempt: 2 },
          { reference: middle, attempt: 2 },
          { reference: newest, attempt: 2 },
          { reference: notYetDue, attempt: 1 },
        ]);
      });

      it("claims an application again once its lease has run out, under a new lease; the old lease's checkpoint and finish return false and change nothing", async () => {
        const reference = await save(first, T0);
        const [old] = await first.forwarding.claimDue(T0, MINUTE_MS, 10);
        expect(await first.forwarding.saveCheckpoint(reference, old?.leaseId ?? '', 'zaak', ZAAK)).toBe(true);
        expect(await second.forwarding.claimDue(at(MINUTE_MS - 1), MINUTE_MS, 10)).toEqual([]);
        expect((await second.forwarding.findForwarding(reference, at(MINUTE_MS - 1)))?.summary.state).toBe('registering');
        // The first forwarder is presumed dead: its lease has run out, so the application is waiting again.
        expect((await second.forwarding.findForwarding(reference, at(MINUTE_MS)))?.summary.state).toBe('waiting');

        const [renewed] = await second.forwarding.claimDue(at(MINUTE_MS), MINUTE_MS, 10);
        expect(renewed).toStrictEqual({ reference, attempt: 2, queuedAt: T0, leaseUntil: at(2 * MINUTE_MS), leaseId: expect.any(String), checkpoints: { zaak: ZAAK } });
        expect(renewed?.leaseId).not.toBe(old?.leaseId);

        // The first forwarder was only slow, and carries on: nothing it writes counts.
        expect(await first.forwarding.saveCheckpoint(reference, old?.leaseId ?? '', 'document:application', `${ZAAK}/document`)).toBe(false);
        expect(await first.forwarding.saveCheckpoint(reference, old?.leaseId ?? '', 'zaak', `${ZAAK}-other`)).toBe(false);
        expect(await first.forwarding.finish(reference, old?.leaseId ?? '', { kind: 'registered', zaakUrl: ZAAK, zaakIdentificatie: 'ZAAK-1' }, registeredAttempt(at(MINUTE_MS + 1)))).toBe(false);
        expect(await first.forwarding.finish(reference, old?.leaseId ?? '', { kind: 'needsAction', reason: 'Te laat.' }, needsActionAttempt(at(MINUTE_MS + 2)))).toBe(false);
        expect(await second.forwarding.findForwarding(reference, at(MINUTE_MS + 3))).toStrictEqual({
          summary: { reference, formId: 'gehandicaptenparkeerkaart', receivedAt: T0, state: 'registering', attempts: 2 },
          attempts: [],
        });

        // The new lease's try goes on with the first try's checkpoint only.
        expect(await second.forwarding.finish(reference, renewed?.leaseId ?? '', { kind: 'retry', nextAttemptAt: at(HOUR_MS) }, failedAttempt(at(MINUTE_MS + 4)))).toBe(true);
        const [third] = await first.forwarding.claimDue(at(HOUR_MS), MINUTE_MS, 10);
        expect(third?.checkpoints).toStrictEqual({ zaak: ZAAK });
      });
    });

    describe('3. a write under a lease that is not the record’s changes nothing', () => {
      it('refuses every write after the try finished, under a made-up lease, or for an unknown reference', async () => {
        const reference = await save(first, T0);
        const [lease] = await first.forwarding.claimDue(T0, MINUTE_MS, 10);
        const leaseId = lease?.leaseId ?? '';
        expect(await second.forwarding.saveCheckpoint(reference, randomUUID(), 'zaak', ZAAK)).toBe(false);
        expect(await second.forwarding.finish(reference, 'not-a-lease', { kind: 'retry', nextAttemptAt: T0 }, failedAttempt(T0))).toBe(false);
        expect(await second.forwarding.saveCheckpoint('HV-2026-999999', leaseId, 'zaak', ZAAK)).toBe(false);
        expect(await second.forwarding.finish('HV-2026-999999', leaseId, { kind: 'retry', nextAttemptAt: T0 }, failedAttempt(T0))).toBe(false);

        expect(await first.forwarding.finish(reference, leaseId, { kind: 'registered', zaakUrl: ZAAK, zaakIdentificatie: 'ZAAK-2026-0001' }, registeredAttempt(at(1000)))).toBe(true);
        // The same lease, once its try has ended, is no lease any more.
        expect(await first.forwarding.saveCheckpoint(reference, leaseId, 'rol:initiator', `${ZAAK}/rol`)).toBe(false);
        expect(await first.forwarding.finish(reference, leaseId, { kind: 'needsAction', reason: 'Dubbel.' }, needsActionAttempt(at(2000)))).toBe(false);

        const found = await second.forwarding.findForwarding(reference, at(3000));
        expect(found?.summary).toStrictEqual({ reference, formId: 'gehandicaptenparkeerkaart', receivedAt: T0, state: 'registered', attempts: 1, zaakIdentificatie: 'ZAAK-2026-0001', registeredAt: at(1000) });
        expect(found?.attempts).toStrictEqual([registeredAttempt(at(1000))]);
        // Registered is the end: never handed out again, however late.
        expect(await second.forwarding.claimDue(at(365 * 24 * HOUR_MS), MINUTE_MS, 10)).toEqual([]);
      });

      it('lets exactly one of two finishes under one lease, racing from two instances, through', async () => {
        const reference = await save(first, T0);
        const [lease] = await first.forwarding.claimDue(T0, MINUTE_MS, 10);
        const outcomes = await Promise.all([
          first.forwarding.finish(reference, lease?.leaseId ?? '', { kind: 'registered', zaakUrl: ZAAK, zaakIdentificatie: 'ZAAK-1' }, registeredAttempt(at(1000))),
          second.forwarding.finish(reference, lease?.leaseId ?? '', { kind: 'needsAction', reason: 'Zaaktype onbekend.' }, needsActionAttempt(at(1000))),
        ]);
        expect(outcomes.filter(Boolean)).toHaveLength(1);
        expect((await second.forwarding.findForwarding(reference, at(2000)))?.attempts).toHaveLength(1);
      });
    });

    describe('4. checkpoints survive every outcome', () => {
      it('keeps checkpoints through a retry, a new claim, needing action and a staff retry; a step saved again takes its new URL', async () => {
        const reference = await save(first, T0);
        const [try1] = await first.forwarding.claimDue(T0, MINUTE_MS, 10);
        expect(await first.forwarding.saveCheckpoint(reference, try1?.leaseId ?? '', 'zaak', ZAAK)).toBe(true);
        expect(await first.forwarding.saveCheckpoint(reference, try1?.leaseId ?? '', 'document:application', `${ZAAK}/doc-1`)).toBe(true);
        expect(await first.forwarding.finish(reference, try1?.leaseId ?? '', { kind: 'retry', nextAttemptAt: at(HOUR_MS) }, failedAttempt(at(1000)))).toBe(true);

        const [try2] = await second.forwarding.claimDue(at(HOUR_MS), MINUTE_MS, 10);
        expect(try2?.checkpoints).toStrictEqual({ zaak: ZAAK, 'document:application': `${ZAAK}/doc-1` });
        expect(await second.forwarding.saveCheckpoint(reference, try2?.leaseId ?? '', 'document:application', `${ZAAK}/doc-2`)).toBe(true);
        expect(await second.forwarding.saveCheckpoint(reference, try2?.leaseId ?? '', 'link:attachment:identityDocument:0', `${ZAAK}/link "0"`)).toBe(true);
        expect(await second.forwarding.finish(reference, try2?.leaseId ?? '', { kind: 'needsAction', reason: 'Het zaaksysteem weigert de rol.' }, needsActionAttempt(at(HOUR_MS + 1000)))).toBe(true);

        expect(await first.forwarding.retryNow(reference, 'm.jansen', at(2 * HOUR_MS))).toBe(true);
        const [try3] = await first.forwarding.claimDue(at(2 * HOUR_MS), MINUTE_MS, 10);
        expect(try3).toMatchObject({
          // The first try of the round the staff retry began.
          attempt: 1,
          checkpoints: { zaak: ZAAK, 'document:application': `${ZAAK}/doc-2`, 'link:attachment:identityDocument:0': `${ZAAK}/link "0"` },
        });
      });
    });

    describe('5. nothing is deleted: needing action waits for staff', () => {
      it('keeps an application that needs action out of every claim until a staff retry, which makes it due at once, starts a new round of tries and records who asked', async () => {
        const reference = await save(first, T0);
        const [lease] = await first.forwarding.claimDue(T0, MINUTE_MS, 10);
        await first.forwarding.finish(reference, lease?.leaseId ?? '', { kind: 'needsAction', reason: 'Het zaaktype bestaat niet.' }, needsActionAttempt(at(1000)));
        expect(await second.forwarding.claimDue(at(365 * 24 * HOUR_MS), MINUTE_MS, 10)).toEqual([]);
        expect(await second.forwarding.list('needsAction', at(48 * HOUR_MS), { limit: 10, offset: 0 })).toStrictEqual([
          { reference, formId: 'gehandicaptenparkeerkaart', receivedAt: T0, state: 'needsAction', attempts: 1, reason: 'Het zaaktype bestaat niet.' },
        ]);

        const retryAt = at(48 * HOUR_MS);
        expect(await second.forwarding.retryNow(reference, 'm.jansen', retryAt)).toBe(true);
        const found = await first.forwarding.findForwarding(reference, retryAt);
        // A new round of tries: the count starts again, and so does the time the forwarder gives it.
        expect(found?.summary).toStrictEqual({ reference, formId: 'gehandicaptenparkeerkaart', receivedAt: T0, state: 'waiting', attempts: 0, nextAttemptAt: retryAt });
        expect(found?.attempts.at(-1)).toStrictEqual({ at: retryAt, step: 'retry', outcome: 'retryRequested', message: expect.any(String), by: 'm.jansen' });
        expect(await first.forwarding.claimDue(new Date(retryAt.getTime() - 1), MINUTE_MS, 10)).toEqual([]);
        expect((await first.forwarding.claimDue(retryAt, MINUTE_MS, 10)).map(({ reference: claimed, attempt, queuedAt }) => ({ claimed, attempt, queuedAt }))).toStrictEqual([
          { claimed: reference, attempt: 1, queuedAt: retryAt },
        ]);
      });

      it('refuses a retry of one that does not need action (waiting, being registered, registered, unknown), and lets one of two racing retries through', async () => {
        const waiting = await save(first, T0);
        const registering = await save(first, at(1000));
        const registered = await save(first, at(2000));
        const needsAction = await save(first, at(3000));
        const now = at(4000);
        const leases = new Map((await first.forwarding.claimDue(now, HOUR_MS, 10)).map((lease) => [lease.reference, lease.leaseId]));
        await first.forwarding.finish(waiting, leases.get(waiting) ?? '', { kind: 'retry', nextAttemptAt: at(HOUR_MS) }, failedAttempt(now));
        await first.forwarding.finish(registered, leases.get(registered) ?? '', { kind: 'registered', zaakUrl: ZAAK, zaakIdentificatie: 'ZAAK-3' }, registeredAttempt(now));
        await first.forwarding.finish(needsAction, leases.get(needsAction) ?? '', { kind: 'needsAction', reason: 'Onbekend zaaktype.' }, needsActionAttempt(now));

        for (const reference of [waiting, registering, registered, 'HV-2026-999999']) expect(await second.forwarding.retryNow(reference, 'm.jansen', now)).toBe(false);
        expect((await second.forwarding.findForwarding(registering, now))?.summary.state).toBe('registering');
        expect((await second.forwarding.findForwarding(registered, now))?.attempts).toHaveLength(1);

        const racing = await Promise.all([first.forwarding.retryNow(needsAction, 'm.jansen', now), second.forwarding.retryNow(needsAction, 'p.devries', now)]);
        expect(racing.filter(Boolean)).toHaveLength(1);
        expect((await second.forwarding.findForwarding(needsAction, now))?.attempts.filter((attempt) => attempt.outcome === 'retryRequested')).toHaveLength(1);
      });
    });

    describe('6. every finish and staff retry is in the history', () => {
      it('adds one line per finish and retry, oldest first, with its detail and who asked, as given', async () => {
        const reference = await save(first, T0);
        const claim = async (now: Date) => (await second.forwarding.claimDue(now, MINUTE_MS, 10))[0]?.leaseId ?? '';
        const failed = { ...failedAttempt(at(1000)), detail: 'HTTP 504 Gateway Timeout\n{"title":"upstream"}' };
        await first.forwarding.finish(reference, await claim(T0), { kind: 'retry', nextAttemptAt: at(HOUR_MS) }, failed);
        await first.forwarding.finish(reference, await claim(at(HOUR_MS)), { kind: 'needsAction', reason: 'De rol werd geweigerd.' }, needsActionAttempt(at(HOUR_MS + 1000)));
        await second.forwarding.retryNow(reference, 'm.jansen', at(2 * HOUR_MS));
        await first.forwarding.finish(reference, await claim(at(2 * HOUR_MS)), { kind: 'registered', zaakUrl: ZAAK, zaakIdentificatie: 'ZAAK-2026-0042' }, registeredAttempt(at(2 * HOUR_MS + 1000)));

        const found = await second.forwarding.findForwarding(reference, at(3 * HOUR_MS));
        expect(found?.attempts).toStrictEqual([
          failed,
          needsActionAttempt(at(HOUR_MS + 1000)),
          { at: at(2 * HOUR_MS), step: 'retry', outcome: 'retryRequested', message: expect.any(String), by: 'm.jansen' },
          registeredAttempt(at(2 * HOUR_MS + 1000)),
        ]);
        expect(found?.summary).toStrictEqual({ reference, formId: 'gehandicaptenparkeerkaart', receivedAt: T0, state: 'registered', attempts: 1, zaakIdentificatie: 'ZAAK-2026-0042', registeredAt: at(2 * HOUR_MS + 1000) });
      });
    });

    describe('the worklist', () => {
      it('agrees in countByState, list and findForwarding on each state at a moment; a lease that ran out counts as waiting; pages newest first', async () => {
        // In order of receipt; each claimed right after its save, so the claim takes that one.
        const leased = async (receivedAt: Date, leaseMs: number) => {
          const reference = await save(first, receivedAt);
          const [lease] = await second.forwarding.claimDue(new Date(receivedAt.getTime() + 1000), leaseMs, 1);
          expect(lease?.reference).toBe(reference);
          return { reference, leaseId: lease?.leaseId ?? '' };
        };
        const registering = await leased(at(0), 24 * HOUR_MS);
        const runOut = await leased(at(HOUR_MS), 8 * HOUR_MS);
        const registered = await leased(at(2 * HOUR_MS), MINUTE_MS);
        await second.forwarding.finish(registered.reference, registered.leaseId, { kind: 'registered', zaakUrl: ZAAK, zaakIdentificatie: 'ZAAK-7' }, registeredAttempt(at(2 * HOUR_MS + 2000)));
        const needsAction = await leased(at(3 * HOUR_MS), MINUTE_MS);
        await second.forwarding.finish(needsAction.reference, needsAction.leaseId, { kind: 'needsAction', reason: 'Geen zaaktype.' }, needsActionAttempt(at(3 * HOUR_MS + 2000)));
        const later = await leased(at(4 * HOUR_MS), MINUTE_MS);
        await second.forwarding.finish(later.reference, later.leaseId, { kind: 'retry', nextAttemptAt: at(20 * HOUR_MS) }, failedAttempt(at(4 * HOUR_MS + 2000)));
        const fresh = await save(second, at(5 * HOUR_MS));

        const now = at(10 * HOUR_MS);
        expect(await first.forwarding.countByState(now)).toStrictEqual({ waiting: 3, registering: 1, registered: 1, needsAction: 1 });
        const page = { limit: 10, offset: 0 };
        const listed = {
          waiting: await first.forwarding.list('waiting', now, page),
          registering: await first.forwarding.list('registering', now, page),
          registered: await first.forwarding.list('registered', now, page),
          needsAction: await first.forwarding.list('needsAction', now, page),
        };
        const line = (reference: string, receivedAt: Date, rest: Partial<ForwardingSummary>): ForwardingSummary => ({ reference, formId: 'gehandicaptenparkeerkaart', receivedAt, state: 'waiting', attempts: 1, ...rest });
        expect(listed).toStrictEqual({
          waiting: [
            line(fresh, at(5 * HOUR_MS), { attempts: 0, nextAttemptAt: at(5 * HOUR_MS) }),
            line(later.reference, at(4 * HOUR_MS), { nextAttemptAt: at(20 * HOUR_MS) }),
            line(runOut.reference, at(HOUR_MS), { nextAttemptAt: at(HOUR_MS) }),
          ],
          registering: [line(registering.reference, at(0), { state: 'registering' })],
          registered: [line(registered.reference, at(2 * HOUR_MS), { state: 'registered', zaakIdentificatie: 'ZAAK-7', registeredAt: at(2 * HOUR_MS + 2000) })],
          needsAction: [line(needsAction.reference, at(3 * HOUR_MS), { state: 'needsAction', reason: 'Geen zaaktype.' })],
        });
        for (const summary of Object.values(listed).flat()) expect((await second.forwarding.findForwarding(summary.reference, now))?.summary).toStrictEqual(summary);

        // Pages of the worklist, newest first.
        expect((await second.forwarding.list('waiting', now, { limit: 2, offset: 0 })).map(({ reference }) => reference)).toEqual([fresh, later.reference]);
        expect((await second.forwarding.list('waiting', now, { limit: 2, offset: 2 })).map(({ reference }) => reference)).toEqual([runOut.reference]);
        expect(await second.forwarding.list('waiting', now, { limit: 2, offset: 4 })).toEqual([]);

        // A day on, the last lease has run out too.
        const dayOn = at(30 * HOUR_MS);
        expect(await second.forwarding.countByState(dayOn)).toStrictEqual({ waiting: 4, registering: 0, registered: 1, needsAction: 1 });
        expect((await second.forwarding.list('waiting', dayOn, page)).map(({ reference }) => reference)).toEqual([fresh, later.reference, runOut.reference, registering.reference]);
        expect(await second.forwarding.list('registering', dayOn, page)).toEqual([]);
      });

      it('finds nothing under an unknown reference, nor under one with a NUL character', async () => {
        await save(first, T0);
        for (const reference of ['HV-2026-999999', 'HV-2026-\u0000']) {
          expect(await second.forwarding.findForwarding(reference, T0)).toBeUndefined();
          expect(await second.forwarding.readApplication(reference)).toBeUndefined();
          expect(await second.forwarding.retryNow(reference, 'm.jansen', T0)).toBe(false);
          expect(await second.forwarding.saveCheckpoint(reference, randomUUID(), 'zaak', ZAAK)).toBe(false);
        }
      });
    });
  });

  describe('on storage from before the outbox', { skip: engine.skip }, () => {
    afterEach(async () => {
      await engine.tearDown();
    });

    it('records every application received before as waiting, due from its receipt, when a service with the outbox starts on it', async () => {
      const before = [
        { reference: 'HV-2025-000001', input: newApplication({ receivedAt: new Date('2025-12-30T10:00:00.000Z'), referenceYear: 2025 }) },
        { reference: 'HV-2026-000001', input: newApplication({ receivedAt: new Date('2026-01-02T08:30:00.000Z') }) },
      ];
      await engine.setUp(before);
      const instance = await engine.open();
      const now = new Date('2026-01-05T00:00:00.000Z');
      expect(await instance.forwarding.countByState(now)).toStrictEqual({ waiting: 2, registering: 0, registered: 0, needsAction: 0 });
      for (const { reference, input } of before) {
        expect((await instance.forwarding.findForwarding(reference, now))?.summary).toStrictEqual({
          reference,
          formId: input.application.formId,
          receivedAt: input.receivedAt,
          state: 'waiting',
          attempts: 0,
          nextAttemptAt: input.receivedAt,
        });
        expect(await instance.forwarding.readApplication(reference)).toStrictEqual({
          reference,
          application: input.application,
          answers: input.answers,
          receivedAt: input.receivedAt,
          expectedDecisionBy: input.expectedDecisionBy,
          files: [],
        });
      }
      expect((await instance.forwarding.claimDue(now, MINUTE_MS, 10)).map(({ reference, queuedAt }) => ({ reference, queuedAt }))).toStrictEqual(
        before.map(({ reference, input }) => ({ reference, queuedAt: input.receivedAt })),
      );
      // Opened again (a restart), nothing is recorded twice.
      await engine.open();
      expect(await engine.forwardingRows()).toBe(2);
    });
  });
});

function referenceOf(outcome: SaveOutcome): string {
  if (outcome.kind !== 'created') throw new Error(`Expected a new application, got ${outcome.kind}`);
  return outcome.receipt.reference;
}

function failedAttempt(at: Date): ForwardingAttempt {
  return { at, step: 'zaak', outcome: 'failed', message: 'Het zaaksysteem antwoordde niet binnen 10 seconden.' };
}

function needsActionAttempt(at: Date): ForwardingAttempt {
  return { at, step: 'rol:initiator', outcome: 'needsAction', message: 'Het zaaksysteem weigert de aanvrager als rol.', detail: 'HTTP 400 {"code":"invalid"}' };
}

function registeredAttempt(at: Date): ForwardingAttempt {
  return { at, step: 'status', outcome: 'registered', message: 'Geregistreerd als zaak.' };
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<{ sha256: string; largestChunk: number }> {
  const hash = createHash('sha256');
  let largestChunk = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    largestChunk = Math.max(largestChunk, chunk.length);
  }
  return { sha256: hash.digest('hex'), largestChunk };
}
