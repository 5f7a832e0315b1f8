// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileBytes } from './support/files';
import { applicationWithFiles, exampleApplication, submissionForm } from './support/submission';
import { startTestServer, submitHeaders, TOKEN, type TestServer } from './support/testServer';

describe('submitting an application', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers 201 with a receipt and a Location, after which the status can be read with the token', async () => {
    const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) });
    expect(response.status).toBe(201);
    const receipt = response.body as { reference: string; expectedDecisionBy: string; status: string };
    expect(receipt.reference).toMatch(/^HV-\d{4}-\d{6}$/);
    expect(receipt.status).toBe('received');
    expect(response.headers.get('location')).toBe(`/api/v1/applications/${receipt.reference}`);

    const status = await server.fetch(`/api/v1/applications/${receipt.reference}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ ...receipt, formId: 'gehandicaptenparkeerkaart', formVersion: 2 });
    expect(status.text).not.toContain('111222333');
  });

  it('accepts files whose content matches their question and their announcement', async () => {
    const files = [
      { field: 'idCopy', name: 'paspoort.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 50_000) },
      { field: 'idCopy', name: 'achterkant.png', type: 'image/png', bytes: fileBytes('png', 20_000) },
      { field: 'photo', name: 'pasfoto.jpg', type: 'image/jpeg', bytes: fileBytes('jpeg', 30_000) },
    ];
    const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(applicationWithFiles(files), files) });
    expect(response.status).toBe(201);
  });

  it('needs the token to read a status, and says 404 for an unknown reference', async () => {
    expect((await server.fetch('/api/v1/applications/HV-2026-000001')).status).toBe(401);
    expect((await server.fetch('/api/v1/applications/HV-1999-000001', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });

  it('reports health and serves its OpenAPI document', async () => {
    expect((await server.fetch('/api/v1/health')).body).toEqual({ status: 'ok', storage: 'ok' });
    const openapi = await server.fetch('/api/v1/openapi.json');
    expect((openapi.body as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('logs method, route, status, reference and sizes, but no answers, names, tokens or file names', async () => {
    const files = [{ field: 'idCopy', name: 'paspoort-jansen.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 10_000) }];
    const created = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(applicationWithFiles(files, { answers: { fullName: 'Johanna de Vries', idCopy: [{ name: 'paspoort-jansen.pdf', type: 'application/pdf', size: 10_000 }] } }), files) });
    expect(created.status).toBe(201);
    await server.fetch('/api/v1/applications', { method: 'POST', headers: { ...submitHeaders(), authorization: 'Bearer wrong-token-with-enough-length' }, body: submissionForm(exampleApplication()) });
    await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm({ ...exampleApplication(), answers: { ...exampleApplication().answers, bsn: '123456789' } }) });
    await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm('{"bsn": "111222333", broken') });
    const logs = server.logs.join('');
    for (const secret of ['111222333', '123456789', 'Johanna', 'de Vries', 'Voorbeeldstraat', '3511AB', 'paspoort-jansen', TOKEN, 'wrong-token']) {
      expect(logs).not.toContain(secret);
    }
    const reference = (created.body as { reference: string }).reference;
    const line = server.logs.map((entry) => JSON.parse(entry) as Record<string, unknown>).find((entry) => entry.reference === reference);
    expect(line).toMatchObject({ method: 'POST', route: '/api/v1/applications', status: 201, files: 1 });
    expect(line?.bytes).toBeGreaterThan(10_000);
  });
});
