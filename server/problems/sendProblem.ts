import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../contract/apiTypes';
import { describeFieldErrors } from './describeFieldErrors';
import { preferredLocale } from './preferredLocale';
import type { ProblemError } from './ProblemError';
import { problemTypeUri } from './problemTypes';
import { serverTranslator } from './serverTranslators';

/**
 * Sends a refusal as RFC 9457 `application/problem+json`, worded in plain language in the
 * client's language (Dutch unless `Accept-Language` prefers English).
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemError): FastifyReply {
  const locale = preferredLocale(request.headers['accept-language']);
  const translator = serverTranslator(locale);
  const { fieldErrors = [], fieldProblems = [], retryAfterSeconds, params, permit } = problem.extras;
  const detailParams = retryAfterSeconds === undefined ? params : { ...params, seconds: retryAfterSeconds };
  const errors = [...fieldProblems, ...describeFieldErrors(fieldErrors, permit, translator)];
  const body: Problem = {
    type: problemTypeUri(problem.type),
    title: translator.t(`problem.${problem.type}.title`),
    status: problem.status,
    detail: translator.t(`problem.${problem.type}.detail`, detailParams),
    ...(errors.length > 0 ? { errors } : {}),
  };
  if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
  // RFC 6750 §3: a 401 for a bearer-protected resource names the scheme.
  if (problem.status === 401) reply.header('www-authenticate', 'Bearer realm="intake"');
  return reply
    .code(problem.status)
    .header('content-language', locale)
    .header('vary', 'Accept-Language')
    .header('cache-control', 'no-store')
    .type('application/problem+json; charset=utf-8')
    .send(body);
}
