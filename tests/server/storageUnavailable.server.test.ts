// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError, type ApplicationStore } from '../../server/store/ApplicationStore';
import { SqliteApplicationStore } from '../../server/store/SqliteApplicationStore';
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
        throw new StoreUnavailableError('SQLITE_FULL');
      },
      isReady: async () => false,
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

  it('reports itself alive but not ready in the health check', async () => {
    const health = await server.fetch('/api/v1/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'unavailable', storage: 'unavailable' });
  });
});
