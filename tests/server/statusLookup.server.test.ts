// @vitest-environment node
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, Receipt } from '../../server/contract/apiTypes';
import type { CaseStatusRecord, CaseStatusStore } from '../../server/status/CaseStatus';
import { openPostgresStores, type PostgresStores } from '../../server/storage/postgres';
import { DATABASE_FILE } from '../../server/storage/sqlite/SqliteApplicationStore';
import { createStatusCode, formatStatusCode, type StatusCode } from '../../src/crypto';
import { finishDueTries } from './support/seedForwarding';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { exampleApplication, submissionForm } from './support/submission';
import { startTestServer, submitHeaders, type TestServer } from './support/testServer';

const MINUTE_MS = 60_000;

/** The stored row's status code hash and application record, read straight from the engine's table. */
type StoredRow = { readonly statusCodeHash: string | null; readonly applicationJson: string };

interface Engine {
  readonly name: string;
  readonly skip: boolean;
  /** A server on this engine's storage, with the test's options. */
  start(options: Parameters<typeof startTestServer>[0]): Promise<TestServer>;
  storedRow(server: TestServer, reference: string): Promise<StoredRow | undefined>;
  tearDown(): Promise<void>;
}

const sqlite: Engine = {
  name: 'SQLite',
  skip: false,
  start: (options) => startTestServer(options),
  storedRow: async (server, reference) => {
    const db = new Database(path.join(server.dataDir, DATABASE_FILE), { readonly: true });
    try {
      const row = db.prepare<[string], { status_code_hash: string | null; application_json: string }>('SELECT status_code_hash, application_json FROM applications WHERE reference = ?').get(reference);
      return row && { statusCodeHash: row.status_code_hash, applicationJson: row.application_json };
    } finally {
      db.close();
    }
  },
  tearDown: async () => undefined,
};

const postgres = await reachTestPostgres();
afterAll(() => postgres?.close());

function postgresEngine(): Engine {
  const databases: TestDatabase[] = [];
  const opened: PostgresStores[] = [];
  const byServer = new Map<TestServer, TestDatabase>();
  return {
    name: 'PostgreSQL',
    skip: postgres === undefined,
    async start(options) {
      const database = await postgres?.createDatabase();
      if (!database) throw new Error('PostgreSQL is not reachable');
      databases.push(database);
      const stores = await openPostgresStores({ databaseUrl: database.url, poolSize: 3 });
      opened.push(stores);
      const server = await startTestServer({ ...options, store: stores.store, parkedDrafts: stores.parkedDrafts, statusLookups: stores.statusLookups });
      byServer.set(server, database);
      return server;
    },
    async storedRow(server, reference) {
      const [row] = (await byServer.get(server)?.query<{ status_code_hash: string | null; application: string }>(
        'SELECT status_code_hash, application::text AS application FROM applications WHERE reference = $1',
        [reference],
      )) ?? [];
      return row && { statusCodeHash: row.status_code_hash, applicationJson: row.application };
    },
    async tearDown() {
      for (const stores of opened.splice(0)) await stores.store.close();
      for (const database of databases.splice(0)) await database.drop();
    },
  };
}

/** A stand-in for the forwarding side's store of case statuses: what it would have read from the case system. */
function caseStatusesOf(records: Map<string, CaseStatusRecord>): CaseStatusStore {
  return { read: async (reference) => records.get(reference) };
}

async function send(server: TestServer, application: Application, key = randomUUID()): Promise<{ status: number; receipt: Receipt; body: unknown }> {
  const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(key), body: submissionForm(application) });
  return { status: response.status, receipt: response.body as Receipt, body: response.body };
}

function lookUp(server: TestServer, reference: string, statusCode: string, headers: Record<string, string> = {}) {
  return server.fetch('/api/v1/status', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ reference, statusCode }) });
}

const withCode = (statusCode: StatusCode): Application => ({ ...exampleApplication(), statusCode });

for (const engine of [sqlite, postgresEngine()]) {
  describe(`looking up an application's status with its receipt, on ${engine.name}`, { skip: engine.skip }, () => {
    let server: TestServer;
    let offsetMs = 0;
    const caseStatuses = new Map<string, CaseStatusRecord>();
    beforeAll(async () => {
      server = await engine.start({
        now: () => new Date(Date.now() + offsetMs),
        // Many lookups from one address here; the limits per address and reference have a test of their own.
        statusLookupsPerMinute: 1000,
        caseStatuses: caseStatusesOf(caseStatuses),
      });
    });
    afterAll(async () => {
      await server.close();
      await engine.tearDown();
    });

    it('answers from the store alone: received, the decision date of the receipt, the permit and its silence rule, nothing personal', async () => {
      const code = createStatusCode();
      const { status, receipt } = await send(server, withCode(code));
      expect(status).toBe(201);
      // As a person types it from the receipt: lower case, spaces for the dashes.
      const response = await lookUp(server, receipt.reference.toLowerCase(), formatStatusCode(code).toLowerCase().replaceAll('-', ' '));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.body).toEqual({
        reference: receipt.reference,
        permitId: 'gehandicaptenparkeerkaart',
        receivedAt: receipt.receivedAt,
        history: [{ status: 'received', at: receipt.receivedAt }],
        expectedDecisionBy: receipt.expectedDecisionBy,
        silenceMeansConsent: false,
      });
      const answers = exampleApplication().answers as Record<string, unknown>;
      for (const personal of [answers.familyName, answers.givenNames]) expect(response.text).not.toContain(String(personal));
    });

    it('keeps the status code only as a salted scrypt hash with its parameters, never in the application record', async () => {
      const code = createStatusCode();
      const other = createStatusCode();
      const first = await send(server, withCode(code));
      const second = await send(server, withCode(other));
      const row = await engine.storedRow(server, first.receipt.reference);
      expect(row?.statusCodeHash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      expect(row?.statusCodeHash).not.toContain(code);
      expect(row?.applicationJson).not.toContain(code);
      expect(JSON.parse(row?.applicationJson ?? '{}')).not.toHaveProperty('statusCode');
      // A salt of its own per application.
      const salt = (hash: string | null | undefined) => hash?.split('$')[4];
      expect(salt((await engine.storedRow(server, second.receipt.reference))?.statusCodeHash)).not.toBe(salt(row?.statusCodeHash));
    });

    it('answers a replay with the same key and code with the first receipt, and one with another code as other content (409)', async () => {
      const key = randomUUID();
      const code = createStatusCode();
      const first = await send(server, withCode(code), key);
      const again = await send(server, withCode(code), key);
      expect(again.status).toBe(200);
      expect(again.receipt).toEqual(first.receipt);
      const otherCode = await send(server, withCode(createStatusCode()), key);
      expect(otherCode.status).toBe(409);
      expect(otherCode.body).toMatchObject({ type: 'urn:hulploket:problem:idempotency-conflict' });
      // The first code still opens it.
      expect((await lookUp(server, first.receipt.reference, code)).status).toBe(200);
    });

    it('takes an application without a status code (queued by an older tablet), whose status then cannot be looked up', async () => {
      const { status, receipt } = await send(server, exampleApplication());
      expect(status).toBe(201);
      expect((await engine.storedRow(server, receipt.reference))?.statusCodeHash).toBeNull();
      const response = await lookUp(server, receipt.reference, createStatusCode());
      expect(response.status).toBe(404);
    });

    it('refuses a status code the app cannot have made with a plain 400, storing nothing', async () => {
      const code = createStatusCode();
      const wrongCheck = code.slice(0, 10) + (code[10] === '2' ? '3' : '2');
      for (const statusCode of [formatStatusCode(code), code.toLowerCase(), wrongCheck, 42]) {
        const key = randomUUID();
        const response = await server.fetch('/api/v1/applications', {
          method: 'POST',
          headers: submitHeaders(key),
          body: submissionForm({ ...exampleApplication(), statusCode }),
        });
        expect(response.status, String(statusCode)).toBe(400);
        expect(response.body).toMatchObject({ type: 'urn:hulploket:problem:status-code-invalid' });
        expect(await server.store.findByIdempotencyKey(key)).toBeUndefined();
      }
    });

    it('answers a wrong code and an unknown reference alike', async () => {
      const { receipt } = await send(server, withCode(createStatusCode()));
      const wrong = await lookUp(server, receipt.reference, createStatusCode());
      const unknown = await lookUp(server, 'HV-2026-999999', createStatusCode());
      expect(wrong.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(unknown.text).toBe(wrong.text);
      expect(wrong.body).toMatchObject({ type: 'urn:hulploket:problem:status-not-found' });
    });

    it('locks a reference after 5 wrong codes for 15 minutes, known or not, refusing the right code too, and opens after', async () => {
      const code = createStatusCode();
      const { receipt } = await send(server, withCode(code));
      for (const reference of [receipt.reference, 'HV-2026-888888']) {
        const statuses: number[] = [];
        for (let miss = 0; miss < 5; miss += 1) statuses.push((await lookUp(server, reference, createStatusCode())).status);
        expect(statuses, reference).toEqual([404, 404, 404, 404, 429]);
        offsetMs += 5 * MINUTE_MS;
        const locked = await lookUp(server, reference, code);
        expect(locked.status, reference).toBe(429);
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(9 * 60);
        expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(10 * 60);
        expect(locked.body, reference).toMatchObject({ type: 'urn:hulploket:problem:status-lookup-locked', detail: expect.stringContaining('10 minuten') });
        offsetMs -= 5 * MINUTE_MS;
      }
      offsetMs += 15 * MINUTE_MS;
      expect((await lookUp(server, receipt.reference, code)).status).toBe(200);
      expect((await lookUp(server, 'HV-2026-888888', code)).status).toBe(404);
    });

    it('adds what the case system said when last read: its statuses, an extended term with the reason, the case handler', async () => {
      const code = createStatusCode();
      const { receipt } = await send(server, withCode(code));
      caseStatuses.set(receipt.reference, {
        checkedAt: '2026-12-01T10:00:00.000Z',
        snapshot: {
          statuses: [
            { setAt: '2026-11-20T09:00:00.000Z', citizenText: 'Wij hebben uw aanvraag ontvangen.', description: 'Ontvangen', final: false },
            { setAt: '2026-11-25T09:00:00.000Z', description: 'In behandeling', final: false },
          ],
          decisionDueBy: '2027-01-15',
          extension: { dueBy: '2027-03-12', reason: 'Advies van de GGD nodig' },
          caseHandler: { name: 'P. de Boer', phone: '14 030', email: 'p.deboer@gemeente.example' },
        },
      });
      const response = await lookUp(server, receipt.reference, code);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        history: [
          { status: 'received', at: receipt.receivedAt },
          { status: 'case', at: '2026-11-20T09:00:00.000Z', text: 'Wij hebben uw aanvraag ontvangen.', final: false },
          { status: 'case', at: '2026-11-25T09:00:00.000Z', text: 'In behandeling', final: false },
        ],
        expectedDecisionBy: receipt.expectedDecisionBy,
        decisionDueBy: '2027-01-15',
        extension: { dueBy: '2027-03-12', reason: 'Advies van de GGD nodig' },
        contact: { name: 'P. de Boer', phone: '14 030', email: 'p.deboer@gemeente.example' },
        lastCheckedAt: '2026-12-01T10:00:00.000Z',
      });
      expect(response.body).not.toHaveProperty('lastFailedAt');
      expect(response.body).not.toHaveProperty('closedOn');
    });

    it('says when a zaak was closed and with what result, and when reading the case system last failed', async () => {
      const code = createStatusCode();
      const { receipt } = await send(server, withCode(code));
      caseStatuses.set(receipt.reference, {
        checkedAt: '2026-12-01T10:00:00.000Z',
        lastFailedAt: '2026-12-03T08:00:00.000Z',
        snapshot: {
          statuses: [{ setAt: '2026-11-30T15:00:00.000Z', citizenText: 'Er is een besluit genomen.', description: 'Afgehandeld', final: true }],
          closedOn: '2026-11-30',
          result: { description: 'Verleend', explanation: 'De kaart wordt u toegestuurd.' },
          // A handler without a way to reach them is no contact: the app shows the desk.
          caseHandler: {},
        },
      });
      const response = await lookUp(server, receipt.reference, code);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        history: [{ status: 'received' }, { status: 'case', text: 'Er is een besluit genomen.', final: true }],
        closedOn: '2026-11-30',
        result: { description: 'Verleend', explanation: 'De kaart wordt u toegestuurd.' },
        lastCheckedAt: '2026-12-01T10:00:00.000Z',
        lastFailedAt: '2026-12-03T08:00:00.000Z',
      });
      expect(response.body).not.toHaveProperty('contact');
    });

    it('refuses a body that is not a lookup with a plain 400', async () => {
      for (const body of ['{', JSON.stringify({ reference: 'HV-2026-000001' }), JSON.stringify({ reference: 'HV-2026-000001', statusCode: 'x'.repeat(41) })]) {
        const response = await server.fetch('/api/v1/status', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({ type: 'urn:hulploket:problem:status-request-invalid' });
      }
    });
  });

  describe(`limiting status lookups per address and per reference, on ${engine.name}`, { skip: engine.skip }, () => {
    let server: TestServer;
    beforeAll(async () => {
      // Behind a proxy, so the test can come from several addresses.
      server = await engine.start({ statusLookupsPerMinute: 3, trustProxy: true });
    });
    afterAll(async () => {
      await server.close();
      await engine.tearDown();
    });
    const from = (address: string) => ({ 'x-forwarded-for': address });

    it('answers 429 with Retry-After once an address has spent its lookups, while another address still gets through', async () => {
      const statuses: number[] = [];
      for (let lookup = 0; lookup < 4; lookup += 1) statuses.push((await lookUp(server, `HV-2026-10000${lookup}`, createStatusCode(), from('203.0.113.1'))).status);
      expect(statuses).toEqual([404, 404, 404, 429]);
      const limited = await lookUp(server, 'HV-2026-100009', createStatusCode(), from('203.0.113.1'));
      expect(limited.body).toMatchObject({ type: 'urn:hulploket:problem:status-lookups-limited' });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await lookUp(server, 'HV-2026-100009', createStatusCode(), from('203.0.113.2'))).status).toBe(404);
    });

    it('answers 429 once a reference has had its lookups, from whichever addresses', async () => {
      const statuses: number[] = [];
      for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4']) statuses.push((await lookUp(server, 'HV-2026-200000', createStatusCode(), from(address))).status);
      expect(statuses).toEqual([404, 404, 404, 429]);
    });
  });
}

describe('the forwarded step, from the forwarding outbox', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ withForwarding: true });
  });
  afterAll(() => server.close());

  it('comes after received once the zaak is registered, without a case status store', async () => {
    const code = createStatusCode();
    const { receipt } = await send(server, withCode(code));
    expect((await lookUp(server, receipt.reference, code)).body).toMatchObject({ history: [{ status: 'received' }] });
    const registeredAt = new Date();
    await finishDueTries(server.store.forwarding, registeredAt, () => ({ kind: 'registered', zaakIdentificatie: 'ZAAK-2026-0001' }));
    const response = await lookUp(server, receipt.reference, code);
    expect(response.body).toMatchObject({ history: [{ status: 'received' }, { status: 'forwarded', at: registeredAt.toISOString() }] });
    expect(response.text).not.toContain('ZAAK-2026-0001');
  });
});
