// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import document from '../../api/openapi.json';
import type { SealedDraft } from '../../server/contract/apiTypes';
import { CONTENT_SECURITY_POLICY } from '../../server/security/securityHeaders';
import { SqliteApplicationStore } from '../../server/storage/sqlite/SqliteApplicationStore';
import { storedParkedDrafts } from './support/storedRows';
import { startTestServer, TOKEN, type TestResponse, type TestServer } from './support/testServer';

const DAY_MS = 24 * 60 * 60 * 1000;
const START = new Date('2026-11-03T09:00:00.000Z');

/** A lookup id as the wizard makes one: 64 lower-case hex digits. */
function lookupId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex');
}

/** The sealed draft of the OpenAPI example, so the example is parked and read back by these tests. */
function exampleSealed(): SealedDraft {
  return structuredClone(document.components.examples.ParkDraftRequest.value.sealed) as SealedDraft;
}

/** A different, equally valid record (another sealing of another draft). */
function otherSealed(): SealedDraft {
  return { ...exampleSealed(), iv: 'AAECAwQFBgcICQoL', ciphertext: Buffer.alloc(300, 7).toString('base64') };
}

const auth = { authorization: `Bearer ${TOKEN}` };
const json = { ...auth, 'content-type': 'application/json' };

/** A fake clock the service reads; tests move it. */
function clock(start: Date = START) {
  let time = start.getTime();
  return { now: () => new Date(time), advance: (ms: number) => void (time += ms) };
}

function park(server: TestServer, id: string, sealed: unknown = exampleSealed(), headers: Record<string, string> = json): Promise<TestResponse> {
  return server.fetch(`/api/v1/parked-drafts/${id}`, { method: 'PUT', headers, body: typeof sealed === 'string' ? sealed : JSON.stringify({ sealed }) });
}

function fetchParked(server: TestServer, id: string, headers: Record<string, string> = auth): Promise<TestResponse> {
  return server.fetch(`/api/v1/parked-drafts/${id}`, { headers });
}

function problemType(response: TestResponse): string {
  return (response.body as { type: string }).type;
}

function expectSecurityHeaders(response: TestResponse): void {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
}

/** Every lookup id and every secret-ish value a test used, to check against the log. */
const secrets = new Set<string>();
function remember(id: string): string {
  secrets.add(id);
  return id;
}

describe('parked drafts: park, fetch on another tablet, remove', () => {
  let server: TestServer;
  const time = clock();
  beforeAll(async () => {
    server = await startTestServer({ now: time.now });
  });
  afterAll(async () => {
    await server.close();
  });

  it('returns exactly the sealed record that was parked, with when it expires', async () => {
    const id = remember(lookupId('put-then-get'));
    const put = await park(server, id);
    expect(put.status).toBe(204);
    expect(put.text).toBe('');
    expect(put.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(put);

    const got = await fetchParked(server, id);
    expect(got.status).toBe(200);
    expect(got.body).toEqual({ sealed: exampleSealed(), expiresAt: new Date(START.getTime() + 30 * DAY_MS).toISOString() });
    expect(got.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(got);
  });

  it('keeps only ciphertext: the stored row is the sealed record and its times, under the lookup id', async () => {
    const id = remember(lookupId('stored-row'));
    await park(server, id);
    const row = storedParkedDrafts(server.dataDir).find((candidate) => candidate.lookupId === id);
    expect(row && JSON.parse(row.sealedJson)).toEqual(exampleSealed());
  });

  it('replaces a draft parked earlier under the same lookup id, and counts its 30 days from the last save', async () => {
    const id = remember(lookupId('replace'));
    expect((await park(server, id)).status).toBe(204);
    time.advance(2 * DAY_MS);
    expect((await park(server, id, otherSealed())).status).toBe(204);
    const got = await fetchParked(server, id);
    expect(got.body).toEqual({ sealed: otherSealed(), expiresAt: new Date(time.now().getTime() + 30 * DAY_MS).toISOString() });
    expect(storedParkedDrafts(server.dataDir).filter((row) => row.lookupId === id)).toHaveLength(1);
  });

  it('removes a parked draft, and answers 204 again when there is nothing left to remove', async () => {
    const id = remember(lookupId('delete'));
    await park(server, id);
    const removed = await server.fetch(`/api/v1/parked-drafts/${id}`, { method: 'DELETE', headers: auth });
    expect(removed.status).toBe(204);
    expectSecurityHeaders(removed);
    expect(problemType(await fetchParked(server, id))).toBe('urn:hulploket:problem:parked-draft-not-found');
    expect((await server.fetch(`/api/v1/parked-drafts/${id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    expect((await server.fetch(`/api/v1/parked-drafts/${remember(lookupId('never-parked'))}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    expect(storedParkedDrafts(server.dataDir).some((row) => row.lookupId === id)).toBe(false);
  });

  it('answers 404 with a problem for a lookup id under which nothing is parked', async () => {
    const response = await fetchParked(server, remember(lookupId('unknown')), { ...auth, 'accept-language': 'en' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: 'urn:hulploket:problem:parked-draft-not-found', status: 404, title: 'No saved form found' });
    expectSecurityHeaders(response);
  });

  it('never returns a draft once its 30 days have passed, even before the purge deleted it', async () => {
    const id = remember(lookupId('expires'));
    await park(server, id);
    time.advance(30 * DAY_MS - 1);
    expect((await fetchParked(server, id)).status).toBe(200);
    time.advance(1);
    expect((await fetchParked(server, id)).status).toBe(404);
    // Still on the disk until the next purge: not being returned does not depend on it.
    expect(storedParkedDrafts(server.dataDir).some((row) => row.lookupId === id)).toBe(true);
    expect((await server.store.parkedDrafts.purgeExpired(time.now())).drafts).toBeGreaterThanOrEqual(1);
    expect(storedParkedDrafts(server.dataDir).some((row) => row.lookupId === id)).toBe(false);
  });

  it('refuses a device without a valid token (401), whatever it asks, and stores nothing', async () => {
    const id = remember(lookupId('unauthorised'));
    const before = storedParkedDrafts(server.dataDir).length;
    const refused: Array<Record<string, string>> = [{}, { authorization: 'Bearer not-a-linked-device-token-123' }, { authorization: TOKEN }];
    for (const headers of refused) {
      const responses = [
        await park(server, id, exampleSealed(), { ...headers, 'content-type': 'application/json' }),
        await fetchParked(server, id, headers),
        await server.fetch(`/api/v1/parked-drafts/${id}`, { method: 'DELETE', headers }),
      ];
      for (const response of responses) {
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer realm="intake"');
        expectSecurityHeaders(response);
      }
    }
    expect(storedParkedDrafts(server.dataDir)).toHaveLength(before);
  });

  it.each([
    ['upper-case hex', lookupId('x').toUpperCase()],
    ['63 digits', lookupId('x').slice(1)],
    ['65 digits', `${lookupId('x')}0`],
    ['not hex', 'z'.repeat(64)],
    ['a resume code instead of its lookup id', 'K7M2-Q9XD-4HRT'],
  ])('answers 404 for a path segment that is not a lookup id (%s), for every method, storing nothing', async (_case, id) => {
    const before = storedParkedDrafts(server.dataDir).length;
    for (const response of [
      await park(server, id),
      await fetchParked(server, id),
      await server.fetch(`/api/v1/parked-drafts/${encodeURIComponent(id)}`, { method: 'DELETE', headers: auth }),
    ]) {
      expect(response.status).toBe(404);
      expect(problemType(response)).toBe('urn:hulploket:problem:parked-draft-not-found');
    }
    expect(storedParkedDrafts(server.dataDir)).toHaveLength(before);
  });

  const valid = exampleSealed();
  it.each<[string, unknown, string]>([
    ['no sealed record', {}, 'sealed'],
    ['no ciphertext', { sealed: { ...valid, ciphertext: undefined } }, 'sealed.ciphertext'],
    ['no salt', { sealed: { ...valid, salt: undefined } }, 'sealed.salt'],
    ['an extra field beside the record', { sealed: valid, code: 'K7M2-Q9XD-4HRT' }, 'code'],
    ['an extra field in the record', { sealed: { ...valid, plaintext: 'Johanna de Vries' } }, 'sealed.plaintext'],
    ['format version 2', { sealed: { ...valid, v: 2 } }, 'sealed.v'],
    ['too few iterations', { sealed: { ...valid, iterations: 99_999 } }, 'sealed.iterations'],
    ['too many iterations', { sealed: { ...valid, iterations: 10_000_001 } }, 'sealed.iterations'],
    ['iterations that are not a whole number', { sealed: { ...valid, iterations: 600_000.5 } }, 'sealed.iterations'],
    ['iterations as text', { sealed: { ...valid, iterations: '600000' } }, 'sealed.iterations'],
    ['a salt that is not base64', { sealed: { ...valid, salt: '!!!!!!!!!!!!!!!!!!!!!!==' } }, 'sealed.salt'],
    ['a salt of the wrong length', { sealed: { ...valid, salt: 'AAECAwQFBgcICQoL' } }, 'sealed.salt'],
    ['an IV of the wrong length', { sealed: { ...valid, iv: 'AAECAwQFBgcICQoLDA==' } }, 'sealed.iv'],
    ['a ciphertext that is not base64', { sealed: { ...valid, ciphertext: `${valid.ciphertext.slice(0, -4)}ab$c` } }, 'sealed.ciphertext'],
    ['a ciphertext in base64url', { sealed: { ...valid, ciphertext: `${valid.ciphertext.slice(0, -4)}ab_-` } }, 'sealed.ciphertext'],
    ['a ciphertext cut short mid-quad', { sealed: { ...valid, ciphertext: valid.ciphertext.slice(0, -1) } }, 'sealed.ciphertext'],
    ['a ciphertext too short to hold a tag', { sealed: { ...valid, ciphertext: 'AAECAwQFBgcICQ==' } }, 'sealed.ciphertext'],
    ['a list instead of an object', [valid], 'request'],
  ])('refuses a body with %s (400, naming the field) and stores nothing', async (_case, body, field) => {
    const id = remember(lookupId(`invalid-${field}`));
    const before = storedParkedDrafts(server.dataDir).length;
    const response = await park(server, id, JSON.stringify(body));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ type: 'urn:hulploket:problem:parked-draft-invalid', errors: [expect.objectContaining({ field, code: 'parkedDraft.structure' })] });
    expect(storedParkedDrafts(server.dataDir)).toHaveLength(before);
  });

  it.each<[string, Record<string, string>, BodyInit, number, string]>([
    ['JSON that does not parse', json, '{"sealed": {', 400, 'parked-draft-invalid'],
    ['an empty JSON body', json, '', 400, 'parked-draft-invalid'],
    ['a prototype-polluting key', json, `{"sealed": ${JSON.stringify(exampleSealed())}, "__proto__": {"admin": true}}`, 400, 'parked-draft-invalid'],
    ['plain text', { ...auth, 'content-type': 'text/plain' }, JSON.stringify({ sealed: exampleSealed() }), 415, 'parked-draft-not-json'],
    ['a form with files', auth, new FormData(), 415, 'parked-draft-not-json'],
  ])('refuses %s with a problem and stores nothing', async (_case, headers, body, status, type) => {
    const id = remember(lookupId(`unreadable-${type}-${status}`));
    const before = storedParkedDrafts(server.dataDir).length;
    const response = await server.fetch(`/api/v1/parked-drafts/${id}`, { method: 'PUT', headers, body });
    expect(response.status).toBe(status);
    expect(problemType(response)).toBe(`urn:hulploket:problem:${type}`);
    expect(storedParkedDrafts(server.dataDir)).toHaveLength(before);
  });

  it('still refuses JSON everywhere else: a submission must stay multipart', async () => {
    const response = await server.fetch('/api/v1/applications', {
      method: 'POST',
      headers: { ...json, 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ sealed: exampleSealed() }),
    });
    expect(response.status).toBe(415);
    expect(problemType(response)).toBe('urn:hulploket:problem:unsupported-content-type');
  });

  it('writes neither a lookup id nor any part of a sealed record to the log, only a short tag', () => {
    const log = server.logs.join('');
    expect(log).toContain('"route":"/api/v1/parked-drafts/:lookupId"');
    for (const secret of secrets) expect(log).not.toContain(secret);
    for (const part of [exampleSealed().ciphertext, exampleSealed().salt, exampleSealed().iv, otherSealed().ciphertext]) expect(log).not.toContain(part);
    expect(log).toContain(`"parkedDraft":"${createHash('sha256').update(lookupId('put-then-get')).digest('hex').slice(0, 8)}"`);
  });
});

describe('parked drafts: size limit', () => {
  const MAX = 4096;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ maxParkedDraftBytes: MAX });
  });
  afterAll(async () => {
    await server.close();
  });

  it('takes a ciphertext of exactly MAX_PARKED_DRAFT_BYTES base64 characters', async () => {
    const ciphertext = Buffer.alloc((MAX / 4) * 3, 1).toString('base64');
    expect(ciphertext).toHaveLength(MAX);
    expect((await park(server, lookupId('at-limit'), { ...exampleSealed(), ciphertext })).status).toBe(204);
  });

  it('refuses a longer one with 413 and stores nothing', async () => {
    const before = storedParkedDrafts(server.dataDir).length;
    const response = await park(server, lookupId('over-limit'), { ...exampleSealed(), ciphertext: 'AAAA'.repeat(MAX / 4 + 1) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ type: 'urn:hulploket:problem:parked-draft-too-large', detail: expect.stringContaining('4 kB') });
    expectSecurityHeaders(response);
    expect(storedParkedDrafts(server.dataDir)).toHaveLength(before);
  });

  it('refuses a body far over the limit before reading it (413), also when it comes in chunks without a length', async () => {
    const before = storedParkedDrafts(server.dataDir).length;
    const huge = JSON.stringify({ sealed: { ...exampleSealed(), ciphertext: 'AAAA'.repeat(256 * 1024) } });
    const announced = await park(server, lookupId('huge'), huge);
    expect(announced.status).toBe(413);
    expect(problemType(announced)).toBe('urn:hulploket:problem:parked-draft-too-large');

    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < huge.length; offset += 64 * 1024) controller.enqueue(new TextEncoder().encode(huge.slice(offset, offset + 64 * 1024)));
        controller.close();
      },
    });
    const streamed = await server.fetch(`/api/v1/parked-drafts/${lookupId('huge-streamed')}`, { method: 'PUT', headers: json, body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(problemType(streamed)).toBe('urn:hulploket:problem:parked-draft-too-large');
    expect(storedParkedDrafts(server.dataDir)).toHaveLength(before);
  });
});

describe('parked drafts: guessing lookup ids', () => {
  const OTHER_TOKEN = 'other-device-token-0123456789abcdef';
  let server: TestServer;
  const time = clock();
  const parked = lookupId('guess-me-not');
  beforeAll(async () => {
    server = await startTestServer({ now: time.now, parkedDraftLookupsPerMinute: 3, deviceTokens: [TOKEN, OTHER_TOKEN] });
    await park(server, parked);
  });
  afterAll(async () => {
    await server.close();
  });

  it('lets a device find parked drafts as often as it likes, but only a few misses a minute, then 429 with Retry-After even for a hit', async () => {
    for (let index = 0; index < 5; index += 1) expect((await fetchParked(server, parked)).status).toBe(200);
    for (let index = 0; index < 3; index += 1) expect((await fetchParked(server, lookupId(`guess-${index}`))).status).toBe(404);

    const limited = await fetchParked(server, lookupId('guess-3'));
    expect(limited.status).toBe(429);
    expect(problemType(limited)).toBe('urn:hulploket:problem:lookups-limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expectSecurityHeaders(limited);
    expect((await fetchParked(server, parked)).status).toBe(429);

    // Parking and removing are not lookups, and another device has a budget of its own.
    expect((await park(server, lookupId('still-parks'))).status).toBe(204);
    expect((await fetchParked(server, parked, { authorization: `Bearer ${OTHER_TOKEN}` })).status).toBe(200);

    time.advance(Number(limited.headers.get('retry-after')) * 1000);
    expect((await fetchParked(server, parked)).status).toBe(200);
    expect((await fetchParked(server, lookupId('guess-4'))).status).toBe(404);
    expect((await fetchParked(server, lookupId('guess-5'))).status).toBe(429);
  });
});

describe('parked drafts: expired ones are deleted from the disk', () => {
  let servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((server) => server.close()));
    servers = [];
  });

  it('at start, before the service takes requests', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-parked-'));
    const store = new SqliteApplicationStore(dataDir);
    const storedAt = new Date(START.getTime() - 31 * DAY_MS);
    await store.parkedDrafts.park(lookupId('old'), { sealed: exampleSealed(), storedAt, expiresAt: new Date(storedAt.getTime() + 30 * DAY_MS) });
    await store.parkedDrafts.park(lookupId('recent'), { sealed: exampleSealed(), storedAt: START, expiresAt: new Date(START.getTime() + 30 * DAY_MS) });
    await store.close();

    const server = await startTestServer({ dataDir, now: () => START });
    servers.push(server);
    expect(storedParkedDrafts(dataDir).map((row) => row.lookupId)).toEqual([lookupId('recent')]);
    expect(server.logs.join('')).toContain('"purged":1');
  });

  it('and again every interval while it runs', async () => {
    const time = clock();
    const server = await startTestServer({ now: time.now, parkedDraftDays: 1, parkedDraftPurgeIntervalMs: 20 });
    servers.push(server);
    await park(server, lookupId('short-lived'));
    time.advance(DAY_MS);
    await expect.poll(() => storedParkedDrafts(server.dataDir).length, { timeout: 2000, interval: 20 }).toBe(0);
  });
});
