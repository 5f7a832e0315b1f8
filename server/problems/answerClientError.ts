import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { SECURITY_HEADERS } from '../security/securityHeaders';
import { problemDocument } from './problemDocument';
import { ProblemError } from './ProblemError';
import type { ProblemType } from './problemTypes';

/** How long a client has to read the answer before the connection is cut (ms). */
const LINGER_MS = 2_000;

const answered = new WeakSet<Socket>();

/**
 * Answers what Node refuses before a request reaches a route (its `clientError`): HTTP it cannot
 * parse (400), headers over its limit (431), a request too slow for the timeouts (408). As
 * problem+json like every other refusal (Fastify's default is a JSON body outside the contract),
 * in Dutch, since there is no readable `Accept-Language`; then the connection is closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
  answered.add(socket);
  // Node's own handler answers only when no answer is under way; one may have begun already.
  const response = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (!socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  const problem = new ProblemError(problemTypeOf(error.code));
  const body = JSON.stringify(problemDocument(problem, 'nl'));
  const headers: Record<string, string | number> = {
    ...SECURITY_HEADERS,
    'content-type': 'application/problem+json; charset=utf-8',
    'content-language': 'nl',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    connection: 'close',
  };
  const head = [`HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  // Only the sending side is shut, so bytes the client still sends do not reset the connection
  // before it has read the answer (RFC 9112 §9.6); it is cut a moment later.
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

function problemTypeOf(code: string | undefined): ProblemType {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'request-timeout';
  if (code === 'HPE_HEADER_OVERFLOW') return 'headers-too-large';
  return 'request-malformed';
}
