// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRawResponse, sendRaw } from './support/rawHttp';
import { exampleApplication } from './support/submission';
import { expectConforms, startTestServer, TOKEN, type TestServer } from './support/testServer';

/** One hostile request: what is sent byte for byte, the operation it aims at, and the status it must get. */
interface Hostile {
  readonly name: string;
  readonly method: string;
  /** The path the answer is judged for (`expectConforms`). */
  readonly path: string;
  readonly raw: string;
  readonly status: number;
}

const auth = `Authorization: Bearer ${TOKEN}\r\n`;
const key = () => `Idempotency-Key: ${crypto.randomUUID()}\r\n`;
const request = (method: string, target: string, headers = '', body = '') =>
  `${method} ${target} HTTP/1.1\r\nHost: intake\r\nConnection: close\r\n${headers}${body === '' ? '' : `Content-Length: ${Buffer.byteLength(body)}\r\n`}\r\n${body}`;
const boundary = 'grens';
const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="application"; filename="application.json"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(exampleApplication())}\r\n--${boundary}--\r\n`;
const multipartHeaders = `${auth}${key()}Content-Type: multipart/form-data; boundary=${boundary}\r\n`;
const chunked = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n0\r\n\r\n`;

const hostile: readonly Hostile[] = [
  // Odd methods, on known and unknown paths.
  ...['PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'PUT'].map((method) => ({ name: `${method} on the applications`, method, path: '/api/v1/applications', raw: request(method, '/api/v1/applications', auth), status: 404 })),
  { name: 'an unknown method', method: 'BREW', path: '/api/v1/health', raw: request('BREW', '/api/v1/health'), status: 400 },
  { name: 'a method in lower case', method: 'get', path: '/api/v1/health', raw: request('get', '/api/v1/health'), status: 400 },
  { name: 'a request line that is not HTTP', method: 'GET', path: '/api/v1/health', raw: 'GET /api/v1/health HTTQ/9\r\n\r\n', status: 400 },
  { name: 'no Host header', method: 'GET', path: '/api/v1/health', raw: 'GET /api/v1/health HTTP/1.1\r\nConnection: close\r\n\r\n', status: 400 },
  // Long and broken URLs.
  { name: 'a 10 kB reference', method: 'GET', path: '/api/v1/applications/x', raw: request('GET', `/api/v1/applications/HV-2026-${'1'.repeat(10_000)}`, auth), status: 404 },
  { name: 'a reference of 150 characters', method: 'GET', path: '/api/v1/applications/x', raw: request('GET', `/api/v1/applications/HV-2026-${'1'.repeat(142)}`, auth), status: 404 },
  { name: 'a reference that is not UTF-8', method: 'GET', path: '/api/v1/applications/x', raw: request('GET', '/api/v1/applications/%E0%A4%A', auth), status: 404 },
  { name: 'a lookup id of 5 kB', method: 'GET', path: '/api/v1/parked-drafts/x', raw: request('GET', `/api/v1/parked-drafts/${'a'.repeat(5000)}`, auth), status: 404 },
  { name: 'a 3 kB query', method: 'GET', path: '/api/v1/health', raw: request('GET', `/api/v1/health?x=${'a'.repeat(3000)}`), status: 414 },
  { name: 'a 12 kB address lookup', method: 'GET', path: '/api/v1/address-lookup', raw: request('GET', `/api/v1/address-lookup?postcode=${'1'.repeat(12_000)}&houseNumber=1`, auth), status: 414 },
  { name: 'a 20 kB URL', method: 'GET', path: '/api/v1/health', raw: request('GET', `/api/v1/health?x=${'a'.repeat(20_000)}`), status: 431 },
  { name: 'an absolute URL', method: 'GET', path: '/api/v1/health', raw: request('GET', 'http://elders.example/api/v1/health'), status: 200 },
  // Long headers.
  { name: 'a header of 20 kB', method: 'GET', path: '/api/v1/health', raw: request('GET', '/api/v1/health', `X-Groot: ${'a'.repeat(20_000)}\r\n`), status: 431 },
  { name: 'many headers, 20 kB together', method: 'POST', path: '/api/v1/applications', raw: request('POST', '/api/v1/applications', Array.from({ length: 400 }, (_, n) => `X-Veel-${n}: ${'b'.repeat(40)}\r\n`).join('')), status: 431 },
  { name: 'a token of 10 kB', method: 'GET', path: '/api/v1/applications/x', raw: request('GET', '/api/v1/applications/HV-2026-000001', `Authorization: Bearer ${'c'.repeat(10_000)}\r\n`), status: 401 },
  // Encodings the service does not take apart.
  { name: 'Transfer-Encoding: gzip, chunked', method: 'POST', path: '/api/v1/applications', raw: request('POST', '/api/v1/applications', `${multipartHeaders}Transfer-Encoding: gzip, chunked\r\n`) + chunked(multipart), status: 501 },
  { name: 'Transfer-Encoding: chunked, gzip', method: 'POST', path: '/api/v1/applications', raw: request('POST', '/api/v1/applications', `${multipartHeaders}Transfer-Encoding: chunked, gzip\r\n`) + chunked(multipart), status: 400 },
  { name: 'Transfer-Encoding and Content-Length at once', method: 'POST', path: '/api/v1/applications', raw: request('POST', '/api/v1/applications', `${multipartHeaders}Transfer-Encoding: chunked\r\n`, chunked(multipart)), status: 400 },
  { name: 'a chunk size that is not a number', method: 'POST', path: '/api/v1/applications', raw: `${request('POST', '/api/v1/applications', `${multipartHeaders}Transfer-Encoding: chunked\r\n`)}zz\r\n${multipart}\r\n0\r\n\r\n`, status: 400 },
  { name: 'Content-Encoding: gzip', method: 'POST', path: '/api/v1/applications', raw: request('POST', '/api/v1/applications', `${multipartHeaders}Content-Encoding: gzip\r\n`, multipart), status: 415 },
  { name: 'Content-Encoding: br on a parked draft', method: 'PUT', path: '/api/v1/parked-drafts/x', raw: request('PUT', `/api/v1/parked-drafts/${'a'.repeat(64)}`, `${auth}Content-Type: application/json\r\nContent-Encoding: br\r\n`, '{}'), status: 415 },
  { name: 'Transfer-Encoding: deflate on a parked draft', method: 'PUT', path: '/api/v1/parked-drafts/x', raw: request('PUT', `/api/v1/parked-drafts/${'a'.repeat(64)}`, `${auth}Content-Type: application/json\r\nTransfer-Encoding: deflate, chunked\r\n`) + chunked('{}'), status: 501 },
  // Bad JSON.
  { name: 'an application part that is not JSON', method: 'POST', path: '/api/v1/applications', raw: request('POST', '/api/v1/applications', multipartHeaders, multipart.replace('{"formId"', '{formId')), status: 400 },
  { name: 'JSON sent as the whole application', method: 'POST', path: '/api/v1/applications', raw: request('POST', '/api/v1/applications', `${auth}${key()}Content-Type: application/json\r\n`, JSON.stringify(exampleApplication())), status: 415 },
  { name: 'a parked draft that is not JSON', method: 'PUT', path: '/api/v1/parked-drafts/x', raw: request('PUT', `/api/v1/parked-drafts/${'a'.repeat(64)}`, `${auth}Content-Type: application/json\r\n`, '{"sealed": '), status: 400 },
  { name: 'a parked draft with __proto__', method: 'PUT', path: '/api/v1/parked-drafts/x', raw: request('PUT', `/api/v1/parked-drafts/${'a'.repeat(64)}`, `${auth}Content-Type: application/json\r\n`, '{"__proto__": {"admin": true}}'), status: 400 },
  // Unknown routes under the API.
  ...['/api/v1/nope', '/api/v1/', '/api/v1', '/api/v2/health', '/api/v1/applications/', '/api/v1/health/', '/api/v1/../v1/health/x', '/api/v1/applications/HV-2026-000001/files', '/api/v1/%00', '/api/v1/openapi.json/x'].map(
    (path) => ({ name: `GET ${path}`, method: 'GET', path, raw: request('GET', path, auth), status: 404 }),
  ),
];

/**
 * Hostile requests against the service built with `strictContract`: every answer, whether a
 * route, Fastify or Node itself gives it, must be what `api/openapi.json` says for the operation
 * (a documented status, content type, headers and body), and on a path that is no operation a
 * problem document. Afterwards the service still answers.
 */
describe('hostile requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it.each(hostile)('$name: $status, as the contract says', async ({ method, path, raw, status }) => {
    const answer = parseRawResponse(await sendRaw(server.url, raw));
    const body: unknown = answer.text === '' ? undefined : JSON.parse(answer.text);
    expect(answer.status).toBe(status);
    expectConforms(method, path, answer.response, body);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(server.logs.filter((line) => line.includes('breaks the OpenAPI document'))).toEqual([]);
    expect((await server.fetch('/api/v1/health')).status).toBe(200);
  });

  it('answers HEAD as GET, without the body (RFC 9110 §9.3.2)', async () => {
    for (const path of ['/api/v1/health', '/api/v1/openapi.json', '/api/v1/nope']) {
      const get = parseRawResponse(await sendRaw(server.url, request('GET', path)));
      const head = parseRawResponse(await sendRaw(server.url, request('HEAD', path)));
      expect(head.status).toBe(get.status);
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
      expect(head.text).toBe('');
    }
  });
});
