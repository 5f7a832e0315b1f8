import type { FastifyReply, FastifyRequest } from 'fastify';
import { preferredLocale } from './preferredLocale';
import { problemDocument } from './problemDocument';
import type { ProblemError } from './ProblemError';

/**
 * Sends a refusal as RFC 9457 `application/problem+json`, worded in plain language in the
 * client's language (Dutch unless `Accept-Language` prefers English).
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemError): FastifyReply {
  const locale = preferredLocale(request.headers['accept-language']);
  request.problem = problem.type;
  const { retryAfterSeconds } = problem.extras;
  if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
  // RFC 6750 §3: a 401 for a bearer-protected resource names the scheme (the back office's cookie is no such scheme).
  if (problem.type === 'unauthorized') reply.header('www-authenticate', 'Bearer realm="intake"');
  return reply
    .code(problem.status)
    .header('content-language', locale)
    .header('vary', 'Accept-Language')
    .header('cache-control', 'no-store')
    .type('application/problem+json; charset=utf-8')
    .send(problemDocument(problem, locale));
}
