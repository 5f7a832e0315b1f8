// @vitest-environment node
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStores, UnstorableTextError } from '../../server/storage/postgres';
import type { Receipt } from '../../server/contract/apiTypes';
import type { ApplicationStore, NewApplication, SaveOutcome } from '../../server/applications/ApplicationStore';
import type { ParkedDraft, ParkedDraftStore } from '../../server/parkedDrafts/ParkedDraftStore';
import { REFERENCE_PATTERN } from '../../server/applications/referenceNumbers';
import { FILE_CHUNK_BYTES, SqliteApplicationStore } from '../../server/storage/sqlite/SqliteApplicationStore';
import { fileBytes } from './support/files';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { postgresStoredRows } from './support/postgresStoredRows';
import { storedCounts } from './support/storedRows';
import { newApplication, sealedDraft, temporaryFile } from './support/storeInput';
import { deskApplication } from './support/submission';

interface Stores {
  readonly store: ApplicationStore;
  readonly parkedDrafts: ParkedDraftStore;
}

/** One implementation of the store interfaces, as the contract below drives it. */
interface Engine {
  /** Whether its tests are skipped here (PostgreSQL not reachable; `reachTestPostgres` says why). */
  readonly skip: boolean;
  /**
   * What the engine does with U+0000 in text: keeps it exactly (SQLite), or refuses the whole
   * write with `UnstorableTextError` (PostgreSQL cannot hold it). Never anything else.
   */
  readonly nul: 'kept' | 'refused';
  setUp(): Promise<void>;
  /** Stores on the engine's storage, as one more instance of the service opens them. */
  open(): Promise<Stores>;
  /** Applications, files and file chunks in the storage, read straight from its tables. */
  counts(): Promise<{ applications: number; files: number; chunks: number }>;
  tearDown(): Promise<void>;
}

function sqliteEngine(): Engine {
  let dataDir = '';
  const opened: SqliteApplicationStore[] = [];
  return {
    skip: false,
    nul: 'kept',
    setUp: async () => {
      dataDir = mkdtempSync(path.join(tmpdir(), 'store-contract-'));
    },
    open: async () => {
      const store = new SqliteApplicationStore(dataDir);
      opened.push(store);
      return { store, parkedDrafts: store.parkedDrafts };
    },
    counts: async () => storedCounts(dataDir),
    tearDown: async () => {
      await Promise.all(opened.map((store) => store.close()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const postgres = await reachTestPostgres();

function postgresEngine(): Engine {
  let database: TestDatabase | undefined;
  const opened: Stores[] = [];
  return {
    skip: postgres === undefined,
    nul: 'refused',
    setUp: async () => {
      database = await postgres?.createDatabase();
    },
    open: async () => {
      // A pool of its own per instance: two instances of the service share only the database.
      const stores = await openPostgresStores({ databaseUrl: database?.url ?? '', poolSize: 4 });
      opened.push(stores);
      return stores;
    },
    counts: async () => {
      if (!database) throw new Error('counts() before setUp()');
      return postgresStoredRows(database).counts();
    },
    tearDown: async () => {
      await Promise.all(opened.map(({ store }) => store.close()));
      await database?.drop();
      await postgres?.close();
    },
  };
}

const MINUTE_MS = 60_000;

describe.each([
  ['SQLite', sqliteEngine()],
  ['PostgreSQL', postgresEngine()],
])('the %s store', (_name, engine) => {
  describe('keeps the guarantees written on the store interfaces', { skip: engine.skip }, () => {
    let first: Stores;
    let second: Stores;
    let fileDir: string;
    beforeAll(async () => {
      await engine.setUp();
      first = await engine.open();
      second = await engine.open();
      fileDir = mkdtempSync(path.join(tmpdir(), 'store-contract-files-'));
    });
    afterAll(async () => {
      await engine.tearDown();
      rmSync(fileDir, { recursive: true, force: true });
    });

    describe('applications', () => {
      it('commits an application with all its files: another instance reads its receipt, its status and every byte (SHA-256)', async () => {
        const files = [
          temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 2 * FILE_CHUNK_BYTES + 1000)),
          temporaryFile(fileDir, 'identityDocument', 1, fileBytes('pdf', FILE_CHUNK_BYTES)),
          temporaryFile(fileDir, 'passportPhoto', 0, fileBytes('jpeg', 4845)),
        ];
        const input = newApplication({ files });
        const outcome = await first.store.saveOnce(input);
        expect(outcome.kind).toBe('created');
        const receipt = receiptOf(outcome);
        expect(receipt).toStrictEqual({
          reference: expect.stringMatching(/^HV-2026-\d{6}$/),
          receivedAt: input.receivedAt.toISOString(),
          expectedDecisionBy: input.expectedDecisionBy,
          status: 'received',
        });

        expect(await second.store.findByIdempotencyKey(input.idempotencyKey)).toStrictEqual({ receipt, contentDigest: input.contentDigest });
        expect(await second.store.findStatus(receipt.reference, 'tablet-1')).toStrictEqual({
          ...receipt,
          formId: input.application.formId,
          formVersion: input.application.formVersion,
          // The person's language, so the case system knows in which language to write.
          locale: input.application.locale,
          assistance: input.application.assistance,
          consent: input.application.consent,
        });
        const stored = await second.store.findFiles(receipt.reference);
        expect(stored.map(({ questionId, position, name, mediaType, size, sha256 }) => ({ questionId, position, name, mediaType, size, sha256 }))).toStrictEqual(
          files.map(({ questionId, position, name, mediaType, size, sha256 }) => ({ questionId, position, name, mediaType, size, sha256 })),
        );
        for (const [index, file] of stored.entries()) {
          const read = await readAll(file.content());
          expect(read.sha256).toBe(files[index]?.sha256);
          expect(read.size).toBe(file.size);
          // Read back in pieces, never the whole file at once.
          expect(read.largestChunk).toBeLessThanOrEqual(FILE_CHUNK_BYTES);
        }
        expect(await second.store.findFiles('HV-2026-999999')).toEqual([]);
        expect(await second.store.findStatus('HV-2026-999999', 'tablet-1')).toBeUndefined();
        // Only the device that sent it reads its status: another one cannot tell it exists.
        expect(await second.store.findStatus(receipt.reference, 'tablet-2')).toBeUndefined();
      });

      it('keeps for whom it was made and the desk record, and another instance returns them with the status', async () => {
        const application = deskApplication();
        const outcome = await first.store.saveOnce(newApplication({ application }));
        const status = await second.store.findStatus(receiptOf(outcome).reference, 'tablet-1');
        expect(status?.onBehalf).toStrictEqual(application.onBehalf);
        expect(status?.desk).toStrictEqual(application.desk);
        // An application made for oneself, without the desk, says so by leaving both out.
        const { onBehalf: _onBehalf, desk: _desk, ...plain } = application;
        const alone = await second.store.findStatus(receiptOf(await first.store.saveOnce(newApplication({ application: plain }))).reference, 'tablet-1');
        expect(alone).not.toHaveProperty('onBehalf');
        expect(alone).not.toHaveProperty('desk');
      });

      it('answers a repeat of a key with the first receipt (existing, same content) and stores nothing more', async () => {
        const input = newApplication({ files: [temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 5000))] });
        const created = await first.store.saveOnce(input);
        const before = await engine.counts();
        // The outbox retries the next day, through another instance.
        const repeat = await second.store.saveOnce({ ...input, receivedAt: new Date(input.receivedAt.getTime() + 24 * 60 * MINUTE_MS) });
        expect(repeat).toStrictEqual({ kind: 'existing', receipt: receiptOf(created), sameContent: true });
        expect(await engine.counts()).toEqual(before);
      });

      it('tells other content under a used key apart (sameContent: false) and stores none of it', async () => {
        const input = newApplication();
        const created = await first.store.saveOnce(input);
        const before = await engine.counts();
        const other = await second.store.saveOnce({
          ...newApplication({ files: [temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 5000))] }),
          idempotencyKey: input.idempotencyKey,
        });
        expect(other).toStrictEqual({ kind: 'existing', receipt: receiptOf(created), sameContent: false });
        expect(await engine.counts()).toEqual(before);
        expect(await first.store.findByIdempotencyKey(input.idempotencyKey)).toStrictEqual({ receipt: receiptOf(created), contentDigest: input.contentDigest });
      });

      it('stores exactly one application for 50 concurrent saves with one key from two instances; all get its receipt', async () => {
        const file = temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', FILE_CHUNK_BYTES + 10));
        const input = newApplication({ files: [file] });
        const before = await engine.counts();
        const outcomes = await Promise.all(Array.from({ length: 50 }, (_, index) => (index % 2 === 0 ? first : second).store.saveOnce(input)));
        const created = outcomes.filter((outcome) => outcome.kind === 'created');
        expect(created).toHaveLength(1);
        const receipt = created[0]?.receipt;
        expect(outcomes.filter((outcome) => outcome.kind === 'existing')).toStrictEqual(Array.from({ length: 49 }, () => ({ kind: 'existing', receipt, sameContent: true })));
        expect(await engine.counts()).toEqual({ applications: before.applications + 1, files: before.files + 1, chunks: before.chunks + 2 });
      });

      it('numbers references 1, 2, 3, … per year, without gaps and unique, under concurrent saves from two instances', async () => {
        const years = [2101, 2102];
        const outcomes = await Promise.all(
          Array.from({ length: 40 }, (_, index) =>
            (index % 3 === 0 ? first : second).store.saveOnce(newApplication({ referenceYear: years[index % 2] ?? 0, files: index % 4 === 0 ? [temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 3000))] : [] })),
          ),
        );
        const references = outcomes.map((outcome) => receiptOf(outcome).reference);
        expect(new Set(references).size).toBe(40);
        for (const year of years) {
          const sequences = references.flatMap((reference) => {
            const [, referenceYear, sequence] = REFERENCE_PATTERN.exec(reference) ?? [];
            return Number(referenceYear) === year ? [Number(sequence)] : [];
          });
          expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
        }
        expect(references).toContain('HV-2101-000001');
        expect(references).toContain('HV-2102-000020');
      });

      it('stores no part of an application whose save fails midway, and the failure takes no reference number', async () => {
        const year = 2103;
        expect(receiptOf(await first.store.saveOnce(newApplication({ referenceYear: year }))).reference).toBe('HV-2103-000001');
        const before = await engine.counts();

        // The second file's temporary file is gone by the time its turn comes.
        const missing = temporaryFile(fileDir, 'identityDocument', 1, fileBytes('pdf', 1000));
        rmSync(missing.path);
        const withMissingFile = newApplication({ referenceYear: year, files: [temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', FILE_CHUNK_BYTES + 5)), missing] });
        await expect(first.store.saveOnce(withMissingFile)).rejects.toThrow();

        // A file cut short after its first chunks went in.
        const truncated = temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 3 * FILE_CHUNK_BYTES));
        writeFileSync(truncated.path, fileBytes('pdf', FILE_CHUNK_BYTES + FILE_CHUNK_BYTES / 2));
        const withTruncatedFile = newApplication({ referenceYear: year, files: [truncated] });
        await expect(second.store.saveOnce(withTruncatedFile)).rejects.toThrow();

        expect(await engine.counts()).toEqual(before);
        expect(await first.store.findByIdempotencyKey(withMissingFile.idempotencyKey)).toBeUndefined();
        expect(await first.store.findByIdempotencyKey(withTruncatedFile.idempotencyKey)).toBeUndefined();

        // The key was not used up: the retry, with the file whole, is the next number.
        const whole = temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 3 * FILE_CHUNK_BYTES));
        const retried = await first.store.saveOnce({ ...withTruncatedFile, files: [whole] });
        expect(retried.kind).toBe('created');
        expect(receiptOf(retried).reference).toBe('HV-2103-000002');
        const [stored] = await second.store.findFiles(receiptOf(retried).reference);
        expect(stored && (await readAll(stored.content())).sha256).toBe(whole.sha256);
      });

      it('undoes only the save that fails among saves made at the same moment (one commit on SQLite): the others are stored, numbered without a gap', async () => {
        const year = 2104;
        const before = await engine.counts();
        const missing = temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 1000));
        rmSync(missing.path);
        const failing = newApplication({ referenceYear: year, files: [missing] });
        const others = Array.from({ length: 9 }, (_, index) => newApplication({ referenceYear: year, files: index % 3 === 0 ? [temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 2000))] : [] }));
        const repeat = others[4] as NewApplication;
        const settled = await Promise.allSettled([...others.slice(0, 5), failing, repeat, ...others.slice(5)].map((input) => first.store.saveOnce(input)));

        expect(settled[5]?.status).toBe('rejected');
        const outcomes = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
        // The repeat of a key within the same moment finds the save made just before it.
        expect(outcomes.filter((outcome) => outcome.kind === 'existing')).toHaveLength(1);
        const references = outcomes.filter((outcome) => outcome.kind === 'created').map((outcome) => receiptOf(outcome).reference);
        expect(references.sort()).toEqual(Array.from({ length: 9 }, (_, index) => `HV-${year}-00000${index + 1}`));
        expect(await engine.counts()).toEqual({ applications: before.applications + 9, files: before.files + 3, chunks: before.chunks + 3 });
        expect(await second.store.findByIdempotencyKey(failing.idempotencyKey)).toBeUndefined();
      });

      it('is ready while open and not once closed', async () => {
        const own = await engine.open();
        expect((await own.store.checkReady()).ready).toBe(true);
        await own.store.close();
        expect((await own.store.checkReady()).ready).toBe(false);
      });
    });

    describe('text with a NUL character (U+0000)', () => {
      const withNul = (note: string) => {
        const input = newApplication();
        return { ...input, application: { ...input.application, assistance: { assisted: true as const, staffId: 'm.jansen', staffName: 'Mila Jansen', internalNote: note } } } satisfies NewApplication;
      };

      if (engine.nul === 'kept') {
        it('keeps it exactly', async () => {
          const outcome = await first.store.saveOnce(withNul('voor\u0000na'));
          expect((await second.store.findStatus(receiptOf(outcome).reference, 'tablet-1'))?.assistance).toStrictEqual({ assisted: true, staffId: 'm.jansen', staffName: 'Mila Jansen', internalNote: 'voor\u0000na' });
          await first.parkedDrafts.park('nul-lookup', draftAt(new Date('2026-11-03T09:00:00Z'), sealedDraft('QUJD\u0000REVG')));
          expect((await second.parkedDrafts.findParked('nul-lookup', new Date('2026-11-03T09:01:00Z')))?.sealed.ciphertext).toBe('QUJD\u0000REVG');
        });
      } else {
        it.each([
          ['an internal note', () => withNul('voor\u0000na'), 'application.assistance.internalNote'],
          ['an answer', () => ({ ...newApplication(), answers: { givenNames: 'Jo\u0000hanna' } }), 'answers.givenNames'],
          ['a question id', () => ({ ...newApplication(), answers: { 'given\u0000Names': 'Johanna' } }), 'answers.given\\u0000Names'],
          ['a file name', () => newApplication({ files: [{ ...temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 100)), name: 'scan\u0000.pdf' }] }), 'files.0.name'],
          ['the idempotency key', () => newApplication({ idempotencyKey: 'key\u0000' }), 'idempotencyKey'],
        ] as const)('refuses it in %s with UnstorableTextError naming the field, and stores nothing', async (_what, make, field) => {
          const input: NewApplication = make();
          const before = await engine.counts();
          const refusal = await first.store.saveOnce(input).catch((error: unknown) => error);
          expect(refusal).toBeInstanceOf(UnstorableTextError);
          expect((refusal as UnstorableTextError).field).toBe(field);
          expect(await engine.counts()).toEqual(before);
        });

        it('refuses a parked draft with it and keeps the one parked before', async () => {
          const parked = draftAt(new Date('2026-11-03T09:00:00Z'));
          await first.parkedDrafts.park('nul-lookup', parked);
          await expect(first.parkedDrafts.park('nul-lookup', draftAt(new Date('2026-11-03T09:00:00Z'), sealedDraft('QUJD\u0000REVG')))).rejects.toThrow(UnstorableTextError);
          await expect(first.parkedDrafts.park('nul\u0000lookup', parked)).rejects.toThrow(UnstorableTextError);
          expect(await second.parkedDrafts.findParked('nul-lookup', new Date('2026-11-03T09:01:00Z'))).toStrictEqual(parked);
        });
      }

      it('finds nothing under a key, reference or lookup id with it', async () => {
        expect(await first.store.findByIdempotencyKey('key\u0000')).toBeUndefined();
        expect(await first.store.findStatus('HV-2026-\u0000', 'tablet-1')).toBeUndefined();
        expect(await first.store.findFiles('HV-2026-\u0000')).toEqual([]);
        expect(await first.parkedDrafts.findParked('lookup\u0000', new Date('2026-11-03T09:01:00Z'))).toBeUndefined();
        await first.parkedDrafts.removeParked('lookup\u0000');
      });
    });

    describe('one application per parked draft', () => {
      const at = new Date('2026-11-03T09:00:00.250Z');
      const later = new Date(at.getTime() + MINUTE_MS);
      const rememberUntil = new Date('2027-11-03T09:15:27.123Z');
      /** A tablet's copy of draft `draftId`, parked under `lookupId`: each copy with a key of its own. */
      const fromDraft = (lookupId: string, draftId: string, overrides: Partial<NewApplication> = {}): NewApplication => {
        const input = newApplication({ fromParkedDraft: { lookupId, rememberUntil }, ...overrides });
        return { ...input, application: { ...input.application, client: { ...input.application.client, draftId } } };
      };

      it('removes the parked draft with the save, and another instance reads which reference it became', async () => {
        await first.parkedDrafts.park('sent-once', draftAt(at));
        await first.parkedDrafts.park('not-sent', draftAt(at));
        const outcome = await first.store.saveOnce(fromDraft('sent-once', randomUUID()));
        expect(outcome.kind).toBe('created');
        expect(await second.parkedDrafts.findParked('sent-once', later)).toBeUndefined();
        expect(await second.parkedDrafts.findSent('sent-once', later)).toBe(receiptOf(outcome).reference);
        // Only that one: another parked draft stays, and was not sent.
        expect(await second.parkedDrafts.findParked('not-sent', later)).toStrictEqual(draftAt(at));
        expect(await second.parkedDrafts.findSent('not-sent', later)).toBeUndefined();
      });

      it('refuses a second application from the same parked draft with another key (draftAlreadySent, first reference) and stores none of it; the first key still repeats', async () => {
        await first.parkedDrafts.park('sent-twice', draftAt(at));
        const draftId = randomUUID();
        const input = fromDraft('sent-twice', draftId);
        const created = await first.store.saveOnce(input);
        const before = await engine.counts();
        const other = await second.store.saveOnce(fromDraft('sent-twice', draftId, { files: [temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 5000))] }));
        expect(other).toStrictEqual({ kind: 'draftAlreadySent', reference: receiptOf(created).reference });
        expect(await engine.counts()).toEqual(before);
        // Idempotency first: the retry of the first request is answered as a repeat.
        expect(await second.store.saveOnce(input)).toStrictEqual({ kind: 'existing', receipt: receiptOf(created), sameContent: true });
      });

      it('stores exactly one application for 30 concurrent saves from one parked draft with 30 keys from two instances; the others get its reference', async () => {
        await first.parkedDrafts.park('sent-at-once', draftAt(at));
        const draftId = randomUUID();
        const before = await engine.counts();
        const outcomes = await Promise.all(
          Array.from({ length: 30 }, (_, index) =>
            (index % 2 === 0 ? first : second).store.saveOnce(fromDraft('sent-at-once', draftId, { files: [temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', FILE_CHUNK_BYTES + 10))] })),
          ),
        );
        const created = outcomes.filter((outcome) => outcome.kind === 'created');
        expect(created).toHaveLength(1);
        const reference = created[0] && receiptOf(created[0]).reference;
        expect(outcomes.filter((outcome) => outcome.kind !== 'created')).toStrictEqual(Array.from({ length: 29 }, () => ({ kind: 'draftAlreadySent', reference })));
        expect(await engine.counts()).toEqual({ applications: before.applications + 1, files: before.files + 1, chunks: before.chunks + 2 });
        expect(await first.parkedDrafts.findSent('sent-at-once', later)).toBe(reference);
      });

      it('refuses a copy of the same draft parked again under another code, and a parked draft of another draft goes', async () => {
        const draftId = randomUUID();
        const created = await first.store.saveOnce(fromDraft('first-code', draftId));
        // Another tablet opened the first code, then saved the draft for later with a new code.
        await second.parkedDrafts.park('second-code', draftAt(at));
        const before = await engine.counts();
        expect(await second.store.saveOnce(fromDraft('second-code', draftId))).toStrictEqual({ kind: 'draftAlreadySent', reference: receiptOf(created).reference });
        expect(await engine.counts()).toEqual(before);
        expect((await second.store.saveOnce(fromDraft('third-code', randomUUID()))).kind).toBe('created');
      });

      it('keeps the parked draft and records nothing when the save fails midway', async () => {
        await first.parkedDrafts.park('failed-send', draftAt(at));
        const missing = temporaryFile(fileDir, 'identityDocument', 0, fileBytes('pdf', 1000));
        rmSync(missing.path);
        const draftId = randomUUID();
        await expect(first.store.saveOnce(fromDraft('failed-send', draftId, { files: [missing] }))).rejects.toThrow();
        expect(await second.parkedDrafts.findParked('failed-send', later)).toStrictEqual(draftAt(at));
        expect(await second.parkedDrafts.findSent('failed-send', later)).toBeUndefined();
        // The draft can still be sent.
        expect((await second.store.saveOnce(fromDraft('failed-send', draftId))).kind).toBe('created');
      });

      it('remembers a sent draft until rememberUntil, and the purge then deletes the record and says so', async () => {
        // Long before the other tests' records may be forgotten, so only this one can be touched.
        const forgetAt = new Date('1990-06-01T12:00:00Z');
        const outcome = await first.store.saveOnce(fromDraft('forgotten', randomUUID(), { fromParkedDraft: { lookupId: 'forgotten', rememberUntil: forgetAt } }));
        expect(await second.parkedDrafts.findSent('forgotten', new Date(forgetAt.getTime() - 1))).toBe(receiptOf(outcome).reference);
        expect(await second.parkedDrafts.findSent('forgotten', forgetAt)).toBeUndefined();
        expect(await second.parkedDrafts.purgeExpired(forgetAt)).toStrictEqual({ drafts: 0, sent: 1 });
        expect(await second.parkedDrafts.findSent('forgotten', new Date('1990-01-01T00:00:00Z'))).toBeUndefined();
        // The application itself stays.
        expect(await second.store.findStatus(receiptOf(outcome).reference, 'tablet-1')).toBeDefined();
      });
    });

    describe('parked drafts', () => {
      const at = new Date('2026-11-03T09:00:00.250Z');

      it('keeps a parked draft durably: another instance finds it as it was parked', async () => {
        const draft = draftAt(at);
        await first.parkedDrafts.park('durable', draft);
        expect(await second.parkedDrafts.findParked('durable', new Date(at.getTime() + MINUTE_MS))).toStrictEqual(draft);
      });

      it('replaces a draft in one step: readers see the old record or the new one, never a mix', async () => {
        const old = draftAt(at, sealedDraft('T1VEIE9VRCBPVUQgT1VEIE9VRCBPVUQ='));
        const replacement = draftAt(new Date(at.getTime() + MINUTE_MS), sealedDraft('TklFVVcgTklFVVcgTklFVVcgTklFVVc='));
        await first.parkedDrafts.park('replaced', old);
        const reads = await Promise.all([
          ...Array.from({ length: 20 }, () => second.parkedDrafts.findParked('replaced', new Date(at.getTime() + 2 * MINUTE_MS))),
          first.parkedDrafts.park('replaced', replacement).then(() => replacement),
          ...Array.from({ length: 20 }, () => second.parkedDrafts.findParked('replaced', new Date(at.getTime() + 2 * MINUTE_MS))),
        ]);
        for (const read of reads) expect([old, replacement]).toContainEqual(read);
        expect(await second.parkedDrafts.findParked('replaced', new Date(at.getTime() + 2 * MINUTE_MS))).toStrictEqual(replacement);
      });

      it('never returns a draft at or after the moment it expires, purged or not', async () => {
        const draft = draftAt(at);
        await first.parkedDrafts.park('expiring', draft);
        const expiresAt = draft.expiresAt.getTime();
        expect(await second.parkedDrafts.findParked('expiring', new Date(expiresAt - 1))).toStrictEqual(draft);
        expect(await second.parkedDrafts.findParked('expiring', new Date(expiresAt))).toBeUndefined();
        expect(await second.parkedDrafts.findParked('expiring', new Date(expiresAt + 24 * 60 * MINUTE_MS))).toBeUndefined();
      });

      it('removes a draft, and removing one that is not there does nothing', async () => {
        await first.parkedDrafts.park('removed', draftAt(at));
        await second.parkedDrafts.removeParked('removed');
        expect(await first.parkedDrafts.findParked('removed', at)).toBeUndefined();
        await expect(second.parkedDrafts.removeParked('never-parked')).resolves.toBeUndefined();
      });

      it('purges exactly the drafts expired at the given moment and says how many', async () => {
        // Long before the other tests' drafts expire, so only these three can be touched.
        const now = new Date('1990-06-01T12:00:00Z');
        const draft = (expiresAt: Date): ParkedDraft => ({ sealed: sealedDraft(), storedAt: new Date('1990-05-01T12:00:00Z'), expiresAt });
        await first.parkedDrafts.park('purge-expired', draft(new Date(now.getTime() - 1)));
        await first.parkedDrafts.park('purge-at-now', draft(now));
        await first.parkedDrafts.park('purge-later', draft(new Date(now.getTime() + 1)));
        expect(await second.parkedDrafts.purgeExpired(now)).toStrictEqual({ drafts: 2, sent: 0 });
        expect(await second.parkedDrafts.purgeExpired(now)).toStrictEqual({ drafts: 0, sent: 0 });
        // Deleted, not only hidden: asked at an earlier moment they are gone too.
        expect(await first.parkedDrafts.findParked('purge-expired', new Date('1990-05-02T00:00:00Z'))).toBeUndefined();
        expect(await first.parkedDrafts.findParked('purge-at-now', new Date('1990-05-02T00:00:00Z'))).toBeUndefined();
        expect(await first.parkedDrafts.findParked('purge-later', now)).toStrictEqual(draft(new Date(now.getTime() + 1)));
      });

      it('keeps lookup ids exactly as given', async () => {
        const upper = draftAt(at, sealedDraft('VVBQRVIgVVBQRVIgVVBQRVIgVVBQRVI='));
        const lower = draftAt(at, sealedDraft('bG93ZXIgbG93ZXIgbG93ZXIgbG93ZXI='));
        await first.parkedDrafts.park('Lookup-AbC', upper);
        await first.parkedDrafts.park('lookup-abc', lower);
        const later = new Date(at.getTime() + MINUTE_MS);
        expect(await second.parkedDrafts.findParked('Lookup-AbC', later)).toStrictEqual(upper);
        expect(await second.parkedDrafts.findParked('lookup-abc', later)).toStrictEqual(lower);
        expect(await second.parkedDrafts.findParked('lookup-abc ', later)).toBeUndefined();
      });

      it('puts no lookup id in the errors it throws (which the service logs)', async () => {
        const own = await engine.open();
        await own.store.close();
        const lookupId = 'secret-lookup-id-0123456789';
        const errors = await Promise.all([
          own.parkedDrafts.park(lookupId, draftAt(at)).catch((error: unknown) => error),
          own.parkedDrafts.findParked(lookupId, at).catch((error: unknown) => error),
          own.parkedDrafts.removeParked(lookupId).catch((error: unknown) => error),
        ]);
        for (const error of errors) {
          expect(error).toBeInstanceOf(Error);
          expect(describeError(error)).not.toContain(lookupId);
        }
      });
    });
  });
});

/** The receipt of a save that stored or found an application under its key. */
function receiptOf(outcome: SaveOutcome): Receipt {
  if (outcome.kind === 'draftAlreadySent') throw new Error(`Expected a receipt, got draftAlreadySent (${outcome.reference})`);
  return outcome.receipt;
}

/** A draft parked at `storedAt`, kept 30 days. */
function draftAt(storedAt: Date, sealed = sealedDraft()): ParkedDraft {
  return { sealed, storedAt, expiresAt: new Date(storedAt.getTime() + 30 * 24 * 60 * MINUTE_MS) };
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<{ sha256: string; size: number; largestChunk: number }> {
  const hash = createHash('sha256');
  let size = 0;
  let largestChunk = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    size += chunk.length;
    largestChunk = Math.max(largestChunk, chunk.length);
  }
  return { sha256: hash.digest('hex'), size, largestChunk };
}

/** Everything of an error a log line could show: message, stack, own properties and causes. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return [error.message, error.stack ?? '', JSON.stringify({ ...error }), error.cause === undefined ? '' : describeError(error.cause)].join('\n');
}
