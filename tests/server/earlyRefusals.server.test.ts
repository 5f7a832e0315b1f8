// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService } from './support/buildService';
import { fileBytes } from './support/files';
import { startBuiltService, type BuiltService } from './support/startBuiltService';
import { applicationWithFiles, exampleApplication, submissionForm } from './support/submission';
import { expectConforms, submitHeaders, TOKEN } from './support/testServer';

const MB = 1024 * 1024;
/** Tries per case: a refusal lost in 12 of 20 tries fails the test every time. */
const TRIES = 20;

/** An application with one PDF of `size` bytes for the test form's `idCopy` question. */
function largeApplication(size: number): FormData {
  const file = { field: 'idCopy', name: 'scan.pdf', type: 'application/pdf', bytes: fileBytes('pdf', size) };
  return submissionForm(applicationWithFiles([file]), [file]);
}

/**
 * Sends `TRIES` times with Node's fetch and counts what came back: a status, or the network error
 * a client would see (and retry for ever) when the connection was cut before it read the answer.
 */
async function outcomes(url: string, headers: () => Record<string, string>, body: () => BodyInit): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    let outcome: string;
    try {
      const response = await fetch(`${url}/api/v1/applications`, { method: 'POST', headers: headers(), body: body() });
      const text = await response.text();
      expectConforms('POST', '/api/v1/applications', response, text === '' ? undefined : JSON.parse(text));
      outcome = String(response.status);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      outcome = `network error ${cause?.code ?? String(error)}`;
    }
    seen[outcome] = (seen[outcome] ?? 0) + 1;
  }
  return seen;
}

/**
 * A refusal decided before the body is read (a wrong token, a missing key, too large, too fast)
 * reaches the client that is still sending a large application, every time. The service runs as
 * a process of its own: in one process with the client, the timing hides the fault.
 */
describe('refusals while the client is still sending', () => {
  let buildDir: string;
  let dataDir: string;
  let service: BuiltService;
  beforeAll(async () => {
    buildDir = await buildService();
    dataDir = mkdtempSync(path.join(tmpdir(), 'intake-early-'));
    service = await startBuiltService(buildDir, dataDir, { MAX_REQUEST_BYTES: String(2 * MB), MAX_FILE_BYTES: String(1 * MB) });
  });
  afterAll(async () => {
    await service.stop();
    rmSync(buildDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  const withoutToken = () => {
    const { authorization: _omitted, ...headers } = submitHeaders();
    return headers;
  };

  it.each([
    ['401 without a token, 1.5 MB sent (read off to the end)', withoutToken, 1.5 * MB, '401'],
    ['401 without a token, 6 MB sent (more than the service reads off)', withoutToken, 6 * MB, '401'],
    ['401 with a revoked token', () => submitHeaders(undefined, { authorization: 'Bearer revoked-token-0123456789abcdef' }), 6 * MB, '401'],
    ['400 without an Idempotency-Key', () => submitHeaders('not-a-uuid'), 6 * MB, '400'],
    ['413 when Content-Length announces more than the limit', () => submitHeaders(), 6 * MB, '413'],
    ['413 for a file over its limit, found while it streams in', () => submitHeaders(), 1.5 * MB, '413'],
  ])('%s', async (_name, headers, size, status) => {
    expect(await outcomes(service.url, headers, () => largeApplication(size))).toEqual({ [status]: TRIES });
  });

  it('415 for a body that is not multipart (within the size limit, which is judged first)', async () => {
    const body = () => new Blob([new Uint8Array(1.5 * MB)], { type: 'application/octet-stream' });
    expect(await outcomes(service.url, () => submitHeaders(), body)).toEqual({ '415': TRIES });
  });

  it('429 for a device over its rate', async () => {
    const rateDir = mkdtempSync(path.join(tmpdir(), 'intake-early-rate-'));
    const limited = await startBuiltService(buildDir, rateDir, { RATE_LIMIT_PER_MINUTE: '1' });
    try {
      // The one send of this minute, so every send after it is over the rate (status reads have a budget of their own).
      const used = await fetch(`${limited.url}/api/v1/applications`, { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) });
      expect(used.status).toBe(201);
      expect(await outcomes(limited.url, () => submitHeaders(), () => largeApplication(6 * MB))).toEqual({ '429': TRIES });
    } finally {
      await limited.stop();
      rmSync(rateDir, { recursive: true, force: true });
    }
  });
});
