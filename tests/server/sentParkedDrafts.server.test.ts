// @vitest-environment node
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import document from '../../api/openapi.json';
import type { Application, SealedDraft } from '../../server/contract/apiTypes';
import { DATABASE_FILE } from '../../server/storage/sqlite/SqliteApplicationStore';
import { fileBytes } from './support/files';
import { storedCounts, storedParkedDrafts } from './support/storedRows';
import { applicationWithFiles, submissionForm, type TestFile } from './support/submission';
import { startTestServer, submitHeaders, TOKEN, type TestResponse, type TestServer } from './support/testServer';

const DAY_MS = 24 * 60 * 60 * 1000;
const auth = { authorization: `Bearer ${TOKEN}` };
const json = { ...auth, 'content-type': 'application/json' };

/** A lookup id as the wizard makes one: 64 lower-case hex digits. */
function lookupId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex');
}

function sealed(): SealedDraft {
  return structuredClone(document.components.examples.ParkDraftRequest.value.sealed) as SealedDraft;
}

/** One tablet's copy of the draft parked under `id`, as it sends it: same draft, its own content and key. */
function fromParkedDraft(id: string, draftId: string, files: readonly TestFile[] = []): Application {
  const application = applicationWithFiles(files);
  return { ...application, client: { ...application.client, draftId, parkedDraftLookupId: id } };
}

function send(server: TestServer, application: Application, key: string = randomUUID(), files: readonly TestFile[] = [], language = 'nl'): Promise<TestResponse> {
  return server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(key, { 'accept-language': language }), body: submissionForm(application, files) });
}

function reference(response: TestResponse): string {
  return (response.body as { reference: string }).reference;
}

/** The application records as the back office reads them, straight from SQLite. */
function storedApplicationJson(dataDir: string): string[] {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT application_json FROM applications').all() as Array<{ application_json: string }>).map((row) => row.application_json);
  } finally {
    db.close();
  }
}

describe('one application per parked draft, whichever tablet sends it', () => {
  let server: TestServer;
  let time = new Date('2026-11-03T09:00:00.000Z').getTime();
  beforeAll(async () => {
    server = await startTestServer({ now: () => new Date(time), parkedDraftLookupsPerMinute: 2 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('removes the parked draft when its application is stored; its code then answers 410 with the reference, and it cannot be parked again', async () => {
    const id = lookupId('sent-then-opened');
    expect((await server.fetch(`/api/v1/parked-drafts/${id}`, { method: 'PUT', headers: json, body: JSON.stringify({ sealed: sealed() }) })).status).toBe(204);
    const sent = await send(server, fromParkedDraft(id, randomUUID()));
    expect(sent.status).toBe(201);
    expect(storedParkedDrafts(server.dataDir).some((row) => row.lookupId === id)).toBe(false);

    const opened = await server.fetch(`/api/v1/parked-drafts/${id}`, { headers: { ...auth, 'accept-language': 'nl' } });
    expect(opened.status).toBe(410);
    expect(opened.body).toMatchObject({
      type: 'urn:hulploket:problem:parked-draft-sent',
      status: 410,
      title: 'Deze aanvraag is al verstuurd',
      reference: reference(sent),
      detail: `De aanvraag met deze code is al verstuurd. Het referentienummer is ${reference(sent)}. Met deze code kunt u niets meer openen.`,
    });
    const parkedAgain = await server.fetch(`/api/v1/parked-drafts/${id}`, { method: 'PUT', headers: json, body: JSON.stringify({ sealed: sealed() }) });
    expect(parkedAgain.status).toBe(410);
    expect(storedParkedDrafts(server.dataDir).some((row) => row.lookupId === id)).toBe(false);
  });

  it('answers the same Idempotency-Key as a repeat, and another key from the same parked draft with 409 and the first reference, storing nothing', async () => {
    const id = lookupId('sent-twice');
    const draftId = randomUUID();
    const key = randomUUID();
    const first = fromParkedDraft(id, draftId);
    const created = await send(server, first, key);
    expect(created.status).toBe(201);
    // The outbox retries after a lost answer: the first answer again.
    const retry = await send(server, first, key);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(created.body);

    const before = storedCounts(server.dataDir);
    // A second tablet that opened the same code sends its own copy, with files and a key of its own.
    const files = [{ field: 'idCopy', name: 'id.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 5000) }];
    const other = await send(server, fromParkedDraft(id, draftId, files), randomUUID(), files, 'en');
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({
      type: 'urn:hulploket:problem:draft-already-sent',
      status: 409,
      title: 'This application was already sent',
      reference: reference(created),
      detail: `This application was already sent, perhaps from another device. Its reference number is ${reference(created)}. It was not stored a second time.`,
    });
    expect(storedCounts(server.dataDir)).toEqual(before);
  });

  it('stores one application for two sends at the same moment from one parked draft with different keys; the other is told its reference', async () => {
    const id = lookupId('sent-at-once');
    const draftId = randomUUID();
    const files = [{ field: 'idCopy', name: 'id.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 300_000) }];
    const before = storedCounts(server.dataDir).applications;
    const responses = await Promise.all([send(server, fromParkedDraft(id, draftId, files), randomUUID(), files), send(server, fromParkedDraft(id, draftId, files), randomUUID(), files)]);
    expect(responses.map(({ status }) => status).sort()).toEqual([201, 409]);
    const winner = responses.find(({ status }) => status === 201);
    const loser = responses.find(({ status }) => status === 409);
    expect(loser?.body).toMatchObject({ type: 'urn:hulploket:problem:draft-already-sent', reference: winner && reference(winner) });
    expect(storedCounts(server.dataDir).applications).toBe(before + 1);
  });

  it('keeps the lookup id out of the stored application and the log (it is a capability)', async () => {
    const id = lookupId('kept-secret');
    expect((await send(server, fromParkedDraft(id, randomUUID()))).status).toBe(201);
    expect((await send(server, fromParkedDraft(id, randomUUID()))).status).toBe(409);
    expect(storedApplicationJson(server.dataDir).some((record) => record.includes(id))).toBe(false);
    expect(server.logs.join('\n')).not.toContain(id);
  });

  it('does not count opening a sent code as a wrong guess', async () => {
    const id = lookupId('opened-often');
    expect((await send(server, fromParkedDraft(id, randomUUID()))).status).toBe(201);
    // Two misses a minute are allowed here; a sent code is a hit, however often it is opened.
    for (let attempt = 0; attempt < 4; attempt += 1) expect((await server.fetch(`/api/v1/parked-drafts/${id}`, { headers: auth })).status).toBe(410);
  });

  it('forgets which application a parked draft became after 365 days: then 404, like any unknown code', async () => {
    const id = lookupId('forgotten');
    expect((await send(server, fromParkedDraft(id, randomUUID()))).status).toBe(201);
    time += 365 * DAY_MS - 1;
    expect((await server.fetch(`/api/v1/parked-drafts/${id}`, { headers: auth })).status).toBe(410);
    time += 1;
    expect((await server.fetch(`/api/v1/parked-drafts/${id}`, { headers: auth })).status).toBe(404);
    expect((await server.store.parkedDrafts.purgeExpired(new Date(time))).sent).toBeGreaterThanOrEqual(1);
  });
});
