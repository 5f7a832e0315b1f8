// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { startService, type RunningService } from '../../server/startService';
import { reachTestPostgres, type TestDatabase } from './support/postgres';

const postgres = await reachTestPostgres();

/**
 * `DATABASE_URL=… npm start` without `INTAKE_TOKENS` on several instances: the token the first one
 * makes is kept in the database, so a tablet linked with it works on every instance.
 */
describe('the generated device token on PostgreSQL', { skip: postgres === undefined }, () => {
  let database: TestDatabase;
  const dirs: string[] = [];
  const running: RunningService[] = [];

  const start = async (env: Record<string, string> = {}) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shared-token-'));
    dirs.push(dir);
    const service = await startService(readConfig({ PORT: '0', DATA_DIR: dir, DATABASE_URL: database.url, DATABASE_POOL_SIZE: '2', ...env }), { logLevel: 'silent' });
    running.push(service);
    return service;
  };

  beforeAll(async () => {
    database = await postgres!.createDatabase();
  });
  afterAll(async () => {
    await Promise.all(running.map((service) => service.stop()));
    await database?.drop();
    await postgres?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('is made once by instances that start at the same moment, kept in the database, and accepted by each', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    expect(a?.generatedToken?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(b?.generatedToken?.token).toBe(a?.generatedToken?.token);
    expect([a?.generatedToken?.created, b?.generatedToken?.created].sort()).toEqual([false, true]);
    expect(a?.generatedToken?.where).toMatch(/^database /);
    for (const service of [a, b]) {
      const response = await fetch(`${service?.url}/api/v1/applications/HV-2026-000001`, { headers: { authorization: `Bearer ${a?.generatedToken?.token}` } });
      expect(response.status).toBe(404);
    }
    // No instance wrote a token file of its own.
    const restarted = await start();
    expect(restarted.generatedToken).toMatchObject({ token: a?.generatedToken?.token, created: false });
  });

  it('reports the pool of the service npm start runs at /metrics', async () => {
    const metricsToken = 'metrics-scraper-0123456789';
    const service = await start({ METRICS_TOKEN: metricsToken });
    const text = await (await fetch(`${service.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text();
    expect(text).toMatch(/^intake_store_pool_connections \d+$/m);
    expect(text).toMatch(/^intake_store_pool_waiting_requests 0$/m);
  });
});
