// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileBytes } from './support/files';
import { storedCounts } from './support/storedRows';
import { applicationWithFiles, exampleApplication, submissionForm } from './support/submission';
import { startTestServer, submitHeaders, type TestServer } from './support/testServer';

/** docs/offline.md, guarantee 3: sending twice is harmless. */
describe('exactly once per Idempotency-Key', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('stores one application for 20 parallel sends of the same key, and every answer carries its reference', async () => {
    const key = randomUUID();
    const files = [{ field: 'idCopy', name: 'id.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 300_000) }];
    const application = applicationWithFiles(files);
    const before = storedCounts(server.dataDir).applications;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(key), body: submissionForm(application, files) })),
    );
    expect(responses.map(({ status }) => status).sort()).toEqual([...Array(19).fill(200), 201]);
    const bodies = responses.map(({ body }) => JSON.stringify(body));
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(responses.map(({ headers }) => headers.get('location'))).size).toBe(1);
    expect(storedCounts(server.dataDir).applications).toBe(before + 1);
  });

  it('answers a later repeat with 200 and the same body, however the JSON is spaced or ordered', async () => {
    const key = randomUUID();
    const application = exampleApplication();
    const first = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(key), body: submissionForm(application) });
    expect(first.status).toBe(201);
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(application).reverse()), null, 2);
    const repeat = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(key), body: submissionForm(reordered) });
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(first.body);
    expect(repeat.headers.get('location')).toBe(first.headers.get('location'));
  });

  it('refuses the same key with other content with 409 and stores nothing new', async () => {
    const key = randomUUID();
    const first = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(key), body: submissionForm(exampleApplication()) });
    expect(first.status).toBe(201);
    const before = storedCounts(server.dataDir);
    const other = { ...exampleApplication(), answers: { ...exampleApplication().answers, givenNames: 'Iemand Anders' } };
    const conflict = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(key), body: submissionForm(other) });
    expect(conflict.status).toBe(409);
    // Other file bytes with the same JSON are other content too.
    const files = [{ field: 'idCopy', name: 'id.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 1000) }];
    const keyed = randomUUID();
    const withFile = applicationWithFiles(files);
    expect((await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(keyed), body: submissionForm(withFile, files) })).status).toBe(201);
    const otherBytes = [{ ...files[0], bytes: fileBytes('pdf', 1000) }] as typeof files;
    expect((await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(keyed), body: submissionForm(withFile, otherBytes) })).status).toBe(409);
    expect(storedCounts(server.dataDir).applications).toBe(before.applications + 1);
  });

  it('gives every application its own reference, counting up within the year', async () => {
    const references: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) });
      references.push((response.body as { reference: string }).reference);
    }
    const sequences = references.map((reference) => Number(reference.split('-')[2]));
    expect(sequences[1]).toBe((sequences[0] ?? 0) + 1);
    expect(sequences[2]).toBe((sequences[0] ?? 0) + 2);
  });
});
