// @vitest-environment node
import { mkdtempSync, rmSync, statfsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError, type ApplicationStore } from '../../server/applications/ApplicationStore';
import { DATABASE_FILE, SqliteApplicationStore } from '../../server/storage/sqlite/SqliteApplicationStore';
import { exampleApplication, submissionForm } from './support/submission';
import { startTestServer, submitHeaders, type TestServer } from './support/testServer';

/** When the disk is full or the database is locked, the wizard hears "try again later", never "refused". */
describe('storage that cannot take applications now', () => {
  let server: TestServer;
  let dataDir: string;
  let real: SqliteApplicationStore;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'intake-full-'));
    real = new SqliteApplicationStore(dataDir);
    // The real store, except that it reports a full disk, as SQLite would with SQLITE_FULL.
    const full: ApplicationStore = {
      findByIdempotencyKey: (key) => real.findByIdempotencyKey(key),
      findStatus: (reference, deviceId) => real.findStatus(reference, deviceId),
      findFiles: (reference) => real.findFiles(reference),
      saveOnce: async () => {
        throw new StoreUnavailableError('disk-full', 'SQLITE_FULL');
      },
      checkReady: async () => ({ ready: false, reason: 'disk-full' }),
      close: () => real.close(),
    };
    server = await startTestServer({ store: full });
  });
  afterAll(async () => {
    await server.close();
    await real.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 to a submission, so the outbox keeps it and retries', async () => {
    const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) });
    expect(response.status).toBe(503);
    expect((response.body as { type: string }).type).toBe('urn:hulploket:problem:storage-unavailable');
  });

  it('reports itself alive but not ready in the health check, and why, in plain words', async () => {
    const health = await server.fetch('/api/v1/health', { headers: { 'accept-language': 'en' } });
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'unavailable', storage: 'unavailable', reason: 'disk-full', detail: expect.stringMatching(/^The disk is \(nearly\) full/) });
  });
});

/** The health check of the real store proves what it says, rather than assuming it. */
describe('the health check of the real store', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const health = async () => (await server?.fetch('/api/v1/health'))?.body;

  it('is ok after a durable write to the store', async () => {
    server = await startTestServer();
    expect(await health()).toEqual({ status: 'ok', storage: 'ok' });
    const db = new Database(path.join(server.dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM health_checks').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('answers 503 "disk-full" when the disk has less room than the largest application needs', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-health-'));
    const disk = statfsSync(dataDir);
    // The real disk, measured: asking for more than is free is what a full disk looks like.
    const store = new SqliteApplicationStore(dataDir, { minFreeBytes: disk.bavail * disk.bsize + 1024 * 1024 * 1024 });
    try {
      server = await startTestServer({ dataDir, store, parkedDrafts: store.parkedDrafts });
      expect(await health()).toEqual({ status: 'unavailable', storage: 'unavailable', reason: 'disk-full', detail: expect.stringContaining('DATA_DIR') });
    } finally {
      await store.close();
    }
  });

  it('answers 503 "database-unavailable" when the database file was deleted under the running service', async () => {
    server = await startTestServer();
    for (const suffix of ['', '-wal', '-shm']) unlinkSync(path.join(server.dataDir, DATABASE_FILE + suffix));
    expect(await health()).toMatchObject({ status: 'unavailable', reason: 'database-unavailable' });
  });

  it('answers 503 "database-unavailable" when the database is closed', async () => {
    server = await startTestServer();
    await server.store.close();
    expect(await health()).toMatchObject({ status: 'unavailable', reason: 'database-unavailable' });
  });

  it('answers 503 "busy" when another connection holds the database for writing (as another process would), which reading alone would not notice', async () => {
    server = await startTestServer();
    const other = new Database(path.join(server.dataDir, DATABASE_FILE));
    try {
      other.pragma('journal_mode = WAL');
      other.exec('BEGIN IMMEDIATE');
      expect(await health()).toMatchObject({ status: 'unavailable', reason: 'busy' });
      other.exec('ROLLBACK');
      expect(await health()).toEqual({ status: 'ok', storage: 'ok' });
    } finally {
      other.close();
    }
  });
});
