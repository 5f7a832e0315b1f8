// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileBytes } from './support/files';
import { storedCounts, temporaryFiles } from './support/storedRows';
import { applicationWithFiles, exampleApplication, submissionForm } from './support/submission';
import { expectConforms, startTestServer, submitHeaders, TOKEN, type TestServer } from './support/testServer';

const MB = 1024 * 1024;

/**
 * A multipart body that is produced while it is sent (chunked, no Content-Length), so only the
 * service's counting while streaming can stop it. Reports how many bytes the server pulled.
 */
function streamingUpload(fileSize: number): { body: ReadableStream<Uint8Array>; contentType: string; pulled: () => number } {
  const boundary = 'grens1234567890';
  const file = { field: 'idCopy', name: 'groot.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 16) };
  const application = applicationWithFiles([{ ...file, bytes: new Uint8Array(fileSize) }]);
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="application"; filename="application.json"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(application)}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="idCopy"; filename="groot.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
  );
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  let headSent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!headSent) {
        headSent = true;
        controller.enqueue(head);
        return;
      }
      if (sent >= fileSize) {
        controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
        controller.close();
        return;
      }
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, pulled: () => sent };
}

describe('limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ maxFileBytes: 1 * MB, maxRequestBytes: 3 * MB, maxFiles: 3, rateLimitPerMinute: 1000 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('stops reading a file at its limit and answers 413 while the client is still sending', async () => {
    const upload = streamingUpload(200 * MB);
    const response = await fetch(`${server.url}/api/v1/applications`, {
      method: 'POST',
      headers: { ...submitHeaders(), 'content-type': upload.contentType },
      body: upload.body,
      duplex: 'half',
    } as RequestInit);
    const body: unknown = await response.json();
    expectConforms('POST', '/api/v1/applications', response, body);
    expect(response.status).toBe(413);
    expect((body as { errors: Array<{ field: string; code: string }> }).errors[0]).toMatchObject({ field: 'idCopy', code: 'file.tooLarge' });
    // Far less than the 200 MB offered was read: the limit cut the upload short.
    expect(upload.pulled()).toBeLessThan(50 * MB);
    expect(temporaryFiles(server.dataDir)).toEqual([]);
    expect((await server.fetch('/api/v1/health')).status).toBe(200);
  });

  it('answers 413 for a request larger than allowed in total, also when every file is within its limit', async () => {
    const files = [0, 1, 2, 3].map((index) => ({ field: 'idCopy', name: `deel${index}.pdf`, type: 'application/pdf', bytes: fileBytes('pdf', 900 * 1024) }));
    // Three files of 0.9 MB fit in 3 MB; a fourth (for another question) does not.
    const three = files.slice(0, 3);
    expect((await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(applicationWithFiles(three), three) })).status).toBe(201);
    const tooBig = [...three, { ...files[3], field: 'photo', name: 'pasfoto.png', type: 'image/png', bytes: fileBytes('png', 900 * 1024) }] as typeof files;
    const limited = await startTestServer({ maxFileBytes: 1 * MB, maxRequestBytes: 3 * MB, maxFiles: 10 });
    try {
      const response = await limited.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(applicationWithFiles(tooBig), tooBig) });
      expect(response.status).toBe(413);
      expect((response.body as { type: string }).type).toBe('urn:hulploket:problem:request-too-large');
      expect(storedCounts(limited.dataDir).applications).toBe(0);
    } finally {
      await limited.close();
    }
  });

  it('answers 413 at once when Content-Length announces too much', async () => {
    const response = await fetch(`${server.url}/api/v1/applications`, {
      method: 'POST',
      headers: { ...submitHeaders(), 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(100 * MB) },
      body: new Uint8Array(16),
    }).catch((error: unknown) => error);
    // undici refuses to send a body shorter than its Content-Length; Node's http client does not check.
    if (response instanceof Response) expect(response.status).toBe(413);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(`${server.url}/api/v1/applications`, {
        method: 'POST',
        headers: { ...submitHeaders(), 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(100 * MB) },
      });
      outgoing.on('response', (incoming) => {
        incoming.resume();
        resolve(incoming.statusCode ?? 0);
        outgoing.destroy();
      });
      outgoing.on('error', reject);
      outgoing.write(Buffer.alloc(1024));
    });
    expect(status).toBe(413);
  });

  it('answers 413 for more files than allowed', async () => {
    const files = [0, 1, 2, 3].map((index) => ({ field: 'idCopy', name: `d${index}.pdf`, type: 'application/pdf', bytes: fileBytes('pdf', 1000) }));
    const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(applicationWithFiles(files), files) });
    expect(response.status).toBe(413);
    expect((response.body as { type: string }).type).toBe('urn:hulploket:problem:too-many-files');
  });

  it('answers 413 for a file larger than its question allows, even within the service limit', async () => {
    const limited = await startTestServer({ maxFileBytes: 5 * MB, maxRequestBytes: 10 * MB });
    try {
      // The photo question allows 2 MB.
      const photo = { field: 'photo', name: 'pasfoto.png', type: 'image/png', bytes: fileBytes('png', 3 * MB) };
      const id = { field: 'idCopy', name: 'id.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 1000) };
      const response = await limited.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(applicationWithFiles([id, photo]), [id, photo]) });
      expect(response.status).toBe(413);
      expect((response.body as { errors: Array<{ field: string }> }).errors[0]?.field).toBe('photo');
    } finally {
      await limited.close();
    }
  });

  it('answers 429 with Retry-After when a device sends faster than its rate', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 3 });
    try {
      const send = () => limited.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) });
      expect([(await send()).status, (await send()).status, (await send()).status]).toEqual([201, 201, 201]);
      const refused = await send();
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(20);
      expect((refused.body as { detail: string }).detail).toContain(String(retryAfter));
      // Reading keeps a budget of its own: a device that may not send for a moment can still look up.
      expect((await limited.fetch('/api/v1/applications/HV-2026-999999', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    } finally {
      await limited.close();
    }
  });

  it('never lets status reads or parked-draft requests use up the sending budget: after the reads are refused a send still gets 201', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 3, readsPerMinute: 5 });
    const auth = { authorization: `Bearer ${TOKEN}` };
    try {
      const statuses: number[] = [];
      for (let read = 0; read < 4; read += 1) statuses.push((await limited.fetch('/api/v1/applications/HV-2026-999999', { headers: auth })).status);
      statuses.push((await limited.fetch(`/api/v1/parked-drafts/${'a'.repeat(64)}`, { headers: auth })).status);
      const refusedRead = await limited.fetch('/api/v1/applications/HV-2026-999999', { headers: auth });
      expect(statuses).toEqual([404, 404, 404, 404, 404]);
      expect(refusedRead.status).toBe(429);
      const sent = await limited.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) });
      expect(sent.status).toBe(201);
    } finally {
      await limited.close();
    }
  });
});
