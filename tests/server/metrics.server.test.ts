// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../server/contract/apiTypes';
import { storeErrorKind } from '../../server/metrics';
import { openPostgresStores, type PostgresStores } from '../../server/storage/postgres';
import { StoreUnavailableError, type ApplicationStore } from '../../server/applications/ApplicationStore';
import { asPostgresStoreError } from '../../server/storage/postgres/asPostgresStoreError';
import { asSqliteStoreError } from '../../server/storage/sqlite/asSqliteStoreError';
import { SqliteApplicationStore } from '../../server/storage/sqlite/SqliteApplicationStore';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { exampleApplication, submissionForm } from './support/submission';
import { startTestServer, submitHeaders, TOKEN, type TestServer } from './support/testServer';

const METRICS_TOKEN = 'prometheus-scraper-0123456789abcdef';
const scrapeHeaders = { authorization: `Bearer ${METRICS_TOKEN}` };

/** The value of one series in Prometheus' text format, or undefined when it is not there. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** Every string in an application long enough to be personal (names, BSN, address, phone, file names, ids). */
function personalStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 7 ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(personalStrings);
}

describe('metrics at /metrics', () => {
  it('are not served without METRICS_TOKEN: 404, not the wizard page', async () => {
    const server = await startTestServer();
    try {
      const response = await server.fetch('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    } finally {
      await server.close();
    }
  });

  describe('with METRICS_TOKEN', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ metricsToken: METRICS_TOKEN });
    });
    afterAll(async () => {
      await server.close();
    });

    it('answer 401 without the metrics token, also to a linked tablet', async () => {
      const attempts: Array<Record<string, string>> = [{}, { authorization: `Bearer ${TOKEN}` }, { authorization: `Bearer ${METRICS_TOKEN}x` }];
      for (const headers of attempts) {
        const response = await server.fetch('/metrics', { headers });
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    });

    it('count received and refused applications and request latency by route pattern, and name no reference, token, address or answer', async () => {
      const application = exampleApplication();
      const key = randomUUID();
      const send = (body: Application | string, headers: Record<string, string>) =>
        server.fetch('/api/v1/applications', { method: 'POST', headers, body: submissionForm(body) });

      const created = await send(application, submitHeaders(key));
      expect(created.status).toBe(201);
      const { reference } = created.body as { reference: string };
      expect((await send(application, submitHeaders(key))).status).toBe(200);
      const invalid: Application = { ...application, answers: { ...application.answers, bsn: '12345' } };
      expect((await send(invalid, submitHeaders())).status).toBe(422);
      const { authorization: _withoutToken, ...unlinked } = submitHeaders();
      expect((await send(application, unlinked)).status).toBe(401);
      expect((await send(application, { authorization: `Bearer ${TOKEN}` })).status).toBe(400);
      expect((await server.fetch(`/api/v1/applications/${reference}`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);

      const scrape = await server.fetch('/metrics', { headers: scrapeHeaders });
      expect(scrape.status).toBe(200);
      expect(scrape.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(scrape.headers.get('cache-control')).toBe('no-store');
      const text = scrape.text;

      expect(sample(text, 'intake_applications_received_total{form="gehandicaptenparkeerkaart",kind="new"}')).toBe(1);
      expect(sample(text, 'intake_applications_received_total{form="gehandicaptenparkeerkaart",kind="repeat"}')).toBe(1);
      expect(sample(text, 'intake_applications_refused_total{problem="validation",status="422"}')).toBe(1);
      expect(sample(text, 'intake_applications_refused_total{problem="unauthorized",status="401"}')).toBe(1);
      expect(sample(text, 'intake_applications_refused_total{problem="idempotency-key-missing",status="400"}')).toBe(1);
      expect(sample(text, 'intake_http_request_duration_seconds_count{route="/api/v1/applications",method="POST",status_class="2xx"}')).toBe(2);
      expect(sample(text, 'intake_http_request_duration_seconds_count{route="/api/v1/applications",method="POST",status_class="4xx"}')).toBe(3);
      expect(sample(text, 'intake_http_request_duration_seconds_count{route="/api/v1/applications/:reference",method="GET",status_class="2xx"}')).toBe(1);
      expect(sample(text, 'intake_http_request_duration_seconds_bucket{le="60",route="/api/v1/applications/:reference",method="GET",status_class="2xx"}')).toBe(1);
      expect(sample(text, 'intake_store_errors_total{kind="busy"}')).toBe(0);
      // Node's own metrics, on the service's registry.
      expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
      // SQLite has no pool.
      expect(text).not.toContain('intake_store_pool');

      const seen = [reference, TOKEN, METRICS_TOKEN, key, '127.0.0.1', ...personalStrings([application.answers, application.assistance, application.client])];
      for (const secret of seen) expect(text, secret).not.toContain(secret);
    });

    it('keep the counts of each service apart, also in one process', async () => {
      const other = await startTestServer({ metricsToken: METRICS_TOKEN });
      try {
        const text = (await other.fetch('/metrics', { headers: scrapeHeaders })).text;
        expect(text).toContain('# TYPE intake_applications_received_total counter');
        expect(text).not.toContain('intake_applications_received_total{');
      } finally {
        await other.close();
      }
    });
  });

  describe('of a store that cannot take applications now', () => {
    let server: TestServer;
    let dataDir: string;
    let real: SqliteApplicationStore;
    beforeAll(async () => {
      dataDir = mkdtempSync(path.join(tmpdir(), 'intake-metrics-'));
      real = new SqliteApplicationStore(dataDir);
      // The real store, except that saving finds the database locked, as SQLite says with SQLITE_BUSY.
      const busy: ApplicationStore = {
        findByIdempotencyKey: (key) => real.findByIdempotencyKey(key),
        findStatus: (reference, deviceId) => real.findStatus(reference, deviceId),
        findFiles: (reference) => real.findFiles(reference),
        saveOnce: async () => {
          throw new StoreUnavailableError('busy', 'SQLITE_BUSY');
        },
        checkReady: () => real.checkReady(),
        close: () => real.close(),
      };
      server = await startTestServer({ store: busy, metricsToken: METRICS_TOKEN });
    });
    afterAll(async () => {
      await server.close();
      await real.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('count the store error by kind and the 503 as a refusal', async () => {
      const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) });
      expect(response.status).toBe(503);
      const text = (await server.fetch('/metrics', { headers: scrapeHeaders })).text;
      expect(sample(text, 'intake_store_errors_total{kind="busy"}')).toBe(1);
      expect(sample(text, 'intake_store_errors_total{kind="unavailable"}')).toBe(0);
      expect(sample(text, 'intake_applications_refused_total{problem="storage-unavailable",status="503"}')).toBe(1);
    });
  });

  // What each store makes of its database's errors, counted by kind.
  it.each([
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_LOCKED_SHAREDCACHE', 'busy'],
    ['SQLITE_FULL', 'disk-full'],
    ['SQLITE_IOERR_WRITE', 'unavailable'],
    ['SQLITE_CANTOPEN', 'unavailable'],
    ['SQLITE_READONLY', 'other'],
  ] as const)('name a SQLite error %s as kind %s', (code, kind) => {
    const error = asSqliteStoreError(Object.assign(new Error('from the driver'), { code }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(storeErrorKind(error as StoreUnavailableError)).toBe(kind);
  });

  it.each([
    ['55P03', 'busy'],
    ['40P01', 'busy'],
    ['53100', 'disk-full'],
    ['08006', 'unavailable'],
    ['ECONNREFUSED', 'unavailable'],
    ['25006', 'other'],
  ] as const)('name a PostgreSQL error %s as kind %s', (code, kind) => {
    const error = asPostgresStoreError(Object.assign(new Error('from the driver'), { code }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(storeErrorKind(error as StoreUnavailableError)).toBe(kind);
  });

  it('name a lost PostgreSQL connection without a code as unavailable', () => {
    const error = asPostgresStoreError(new Error('Connection terminated unexpectedly'));
    expect(storeErrorKind(error as StoreUnavailableError)).toBe('unavailable');
  });
});

const postgres = await reachTestPostgres();

describe('metrics of the PostgreSQL pool', { skip: postgres === undefined }, () => {
  let database: TestDatabase;
  let stores: PostgresStores;
  let server: TestServer;
  beforeAll(async () => {
    database = await postgres!.createDatabase();
    stores = await openPostgresStores({ databaseUrl: database.url, poolSize: 3 });
    server = await startTestServer({ store: stores.store, parkedDrafts: stores.parkedDrafts, storePool: () => stores.poolStats(), metricsToken: METRICS_TOKEN });
  });
  afterAll(async () => {
    await server.close();
    await stores.store.close();
    await database.drop();
    await postgres!.close();
  });

  it('report the connections open, idle and waiting as the pool counts them', async () => {
    expect((await server.fetch('/api/v1/health')).status).toBe(200);
    const stats = stores.poolStats();
    expect(stats.total).toBeGreaterThanOrEqual(1);
    const text = (await server.fetch('/metrics', { headers: scrapeHeaders })).text;
    expect(sample(text, 'intake_store_pool_connections')).toBe(stats.total);
    expect(sample(text, 'intake_store_pool_idle_connections')).toBe(stats.idle);
    expect(sample(text, 'intake_store_pool_waiting_requests')).toBe(0);
  });
});
