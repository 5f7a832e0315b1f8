import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { expect } from 'vitest';
import document from '../../../api/openapi.json';
import { buildServer, type BuildServerOptions } from '../../../server/app';
import { createOpenApiValidator } from '../../../server/contract/openapiValidator';
import { SqliteApplicationStore } from '../../../server/storage/sqlite/SqliteApplicationStore';
import { testRegistry } from './testPermit';

/** The device token every test server accepts. */
export const TOKEN = 'test-device-token-0123456789abcdef';

const contract = createOpenApiValidator(document);

/** A response as the tests look at it, already checked against the OpenAPI document. */
export interface TestResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly text: string;
}

export interface TestServer {
  readonly url: string;
  readonly dataDir: string;
  readonly store: SqliteApplicationStore;
  /** Log lines the service wrote. */
  readonly logs: string[];
  /** Sends a request; every response to a documented API operation must conform to the contract. */
  fetch(pathname: string, init?: RequestInit): Promise<TestResponse>;
  close(): Promise<void>;
}

/**
 * The real service on a loopback port with a fresh data directory, the test form registered, and
 * `strictContract` on: a response that breaks the OpenAPI document fails as a 500. Pass `dataDir`
 * to start on an existing data directory (it is still removed on close), `withForwarding` to give
 * it the store's forwarding outbox (statuses with their registration, and the worklist).
 */
export async function startTestServer({ withForwarding = false, ...options }: Partial<BuildServerOptions> & { withForwarding?: boolean } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'intake-test-'));
  const store = new SqliteApplicationStore(dataDir);
  const logs: string[] = [];
  const app = await buildServer({
    store,
    parkedDrafts: store.parkedDrafts,
    // The worklist is served only when a test asks for the forwarding outbox too.
    backOfficeAccounts: store.backOfficeAccounts,
    ...(withForwarding ? { forwarding: store.forwarding } : {}),
    statusLookups: store.statusLookups,
    deviceTokens: [TOKEN],
    dataDir,
    appDir: path.join(dataDir, 'no-app'),
    permits: testRegistry,
    strictContract: true,
    logStream: new Writable({
      write(chunk: Buffer, _encoding, callback) {
        logs.push(chunk.toString('utf8'));
        callback();
      },
    }),
    ...options,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    dataDir,
    store,
    logs,
    async fetch(pathname, init) {
      const response = await fetch(url + pathname, init);
      const text = await response.text();
      const body = parseBody(response.headers.get('content-type') ?? '', text);
      expectConforms(init?.method ?? 'GET', pathname, response, body);
      return { status: response.status, headers: response.headers, body, text };
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The contract check used by every test: status, content type, required headers and body must be
 * as the OpenAPI document says for this operation; a path the document does not know may only
 * answer with a problem (`application/problem+json`).
 */
export function expectConforms(method: string, pathname: string, response: Response, body: unknown): void {
  if (!pathname.startsWith('/api/')) return;
  const headers = Object.fromEntries([...response.headers.entries()].map(([name, value]) => [name.toLowerCase(), value]));
  if (contract.isDocumented(method, pathname)) {
    expect(contract.checkResponse({ method, path: pathname, status: response.status, headers, body })).toEqual([]);
  } else {
    expect(headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(contract.validateSchema('Problem', body)).toEqual([]);
  }
}

function parseBody(contentType: string, text: string): unknown {
  if (!/json/.test(contentType) || text === '') return text;
  return JSON.parse(text) as unknown;
}

/** Headers for a submission with a fresh Idempotency-Key unless one is given. */
export function submitHeaders(idempotencyKey: string = crypto.randomUUID(), extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${TOKEN}`, 'idempotency-key': idempotencyKey, ...extra };
}
