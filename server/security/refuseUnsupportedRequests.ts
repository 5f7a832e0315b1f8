import type { onRequestAsyncHookHandler } from 'fastify';
import { ProblemError } from '../problems/ProblemError';

/**
 * Longest request target we answer (characters). The longest the wizard makes is an address
 * lookup of well under 100; a longer one can only be a mistake or an attack.
 */
export const MAX_URL_LENGTH = 2048;

/** Methods whose body a route of this service reads; any other body is never looked at. */
const BODY_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Refuses, before anything else is read, what the service does not understand and so must not
 * act on: an HTTP/1.1 request without `Host` (400), a request target over `MAX_URL_LENGTH` (414), and for a request whose body is read, a
 * transfer coding other than chunked (501, RFC 9112 §6.1: Node takes `gzip, chunked` apart but
 * would hand over the gzip bytes as if they were the body) or a content coding (415, RFC 9110
 * §8.4.1 and §15.5.16: nothing here decompresses).
 */
export const refuseUnsupportedRequests: onRequestAsyncHookHandler = async (request) => {
  // RFC 9112 §3.2: an HTTP/1.1 request without Host gets 400. Node's own check (turned off in
  // app.ts) answers with an empty body outside the contract.
  if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) throw new ProblemError('request-malformed');
  if (request.url.length > MAX_URL_LENGTH) throw new ProblemError('uri-too-long', { params: { max: MAX_URL_LENGTH } });
  if (!BODY_METHODS.has(request.method)) return;
  const transferCoding = request.headers['transfer-encoding'];
  if (transferCoding !== undefined && transferCoding.trim().toLowerCase() !== 'chunked') throw new ProblemError('transfer-coding-unsupported');
  const contentCoding = request.headers['content-encoding'];
  if (contentCoding !== undefined && contentCoding.trim().toLowerCase() !== 'identity') throw new ProblemError('content-coding-unsupported');
};
