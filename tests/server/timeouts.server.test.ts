// @vitest-environment node
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRawResponse } from './support/rawHttp';
import { temporaryFiles } from './support/storedRows';
import { expectConforms, startTestServer, TOKEN, type TestServer } from './support/testServer';

/** A raw TCP client that sends what a test tells it to, as slowly as it likes. */
interface SlowClient {
  write(text: string): void;
  /** Everything the service sent. */
  received(): string;
  /** Resolves when the service closed the connection, or rejects after `withinMs`. */
  closedWithin(withinMs: number): Promise<void>;
  readonly closed: () => boolean;
  destroy(): void;
}

function slowClient(url: string): SlowClient {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let text = '';
  let isClosed = false;
  socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
  // A reset after the answer is one way to be cut off, too.
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      isClosed = true;
      resolve();
    }),
  );
  return {
    write: (chunk) => {
      if (!socket.destroyed) socket.write(chunk);
    },
    received: () => text,
    closedWithin: (withinMs) =>
      Promise.race([
        closed,
        new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`still open after ${withinMs} ms`)), withinMs).unref()),
      ]),
    closed: () => isClosed,
    destroy: () => socket.destroy(),
  };
}

/** Sends `piece` every `everyMs` until the connection is closed. */
function dribble(client: SlowClient, piece: () => string, everyMs: number): void {
  const timer = setInterval(() => (client.closed() ? clearInterval(timer) : client.write(piece())), everyMs);
}

/** The answer on a raw connection, checked against the contract for `method` and `path`. */
function expectProblemAnswer(raw: string, method: string, path: string, status: number, type: string): void {
  const answer = parseRawResponse(raw);
  const body: unknown = JSON.parse(answer.text);
  expect(answer.status).toBe(status);
  expectConforms(method, path, answer.response, body);
  expect((body as { type: string }).type).toBe(`urn:hulploket:problem:${type}`);
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
}

/**
 * A slow or silent client cannot hold a connection: headers, the whole request, an idle
 * connection and a kept-alive one each have their time, and everyone else is served meanwhile.
 * The service runs with short timeouts so the test is quick; the defaults are in `config.ts`.
 */
describe('timeouts', () => {
  let server: TestServer;
  const timeouts = { headersMs: 1000, requestMs: 2000, idleMs: 1500, keepAliveMs: 500 };
  /** Room for Node's connection checks and a busy machine; far less than "stays open for minutes". */
  const SLACK_MS = 5000;
  beforeAll(async () => {
    server = await startTestServer({ timeouts });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers 408 to a client dribbling its headers and closes it, serving others meanwhile', async () => {
    const slow = slowClient(server.url);
    slow.write('GET /api/v1/health HTTP/1.1\r\nHost: intake\r\n');
    dribble(slow, () => 'X-Slow: 1\r\n', 100);
    try {
      const others = await Promise.all(Array.from({ length: 5 }, () => server.fetch('/api/v1/health')));
      expect(others.map(({ status }) => status)).toEqual([200, 200, 200, 200, 200]);
      expect(slow.closed()).toBe(false);
      await slow.closedWithin(timeouts.headersMs + SLACK_MS);
      expectProblemAnswer(slow.received(), 'GET', '/api/v1/health', 408, 'request-timeout');
    } finally {
      slow.destroy();
    }
  });

  it('answers 408 to a client dribbling an application and closes it, leaving no upload on disk', async () => {
    const slow = slowClient(server.url);
    const boundary = 'grens';
    slow.write(
      [
        'POST /api/v1/applications HTTP/1.1',
        'Host: intake',
        `Authorization: Bearer ${TOKEN}`,
        `Idempotency-Key: ${crypto.randomUUID()}`,
        `Content-Type: multipart/form-data; boundary=${boundary}`,
        'Content-Length: 1000000',
        '',
        `--${boundary}\r\nContent-Disposition: form-data; name="application"; filename="application.json"\r\n\r\n{"formId":`,
      ].join('\r\n'),
    );
    dribble(slow, () => ' ', 100);
    try {
      const others = await Promise.all(Array.from({ length: 5 }, () => server.fetch('/api/v1/health')));
      expect(others.map(({ status }) => status)).toEqual([200, 200, 200, 200, 200]);
      expect(slow.closed()).toBe(false);
      await slow.closedWithin(timeouts.requestMs + SLACK_MS);
      expectProblemAnswer(slow.received(), 'POST', '/api/v1/applications', 408, 'request-timeout');
      await expect.poll(() => temporaryFiles(server.dataDir)).toEqual([]);
    } finally {
      slow.destroy();
    }
  });

  it('closes a connection on which nothing is sent', async () => {
    const silent = slowClient(server.url);
    try {
      await silent.closedWithin(Math.max(timeouts.headersMs, timeouts.idleMs) + SLACK_MS);
    } finally {
      silent.destroy();
    }
  });

  it('closes a kept-alive connection that sends no next request', async () => {
    const client = slowClient(server.url);
    client.write('GET /api/v1/health HTTP/1.1\r\nHost: intake\r\n\r\n');
    try {
      await expect.poll(() => client.received()).toMatch(/^HTTP\/1.1 200 [\s\S]*\r\n\r\n\{"status":"ok"/);
      expect(client.received()).not.toMatch(/connection: close/i);
      // Node waits a second longer than the keep-alive time it announces.
      await client.closedWithin(timeouts.keepAliveMs + 1000 + SLACK_MS);
    } finally {
      client.destroy();
    }
  });
});
