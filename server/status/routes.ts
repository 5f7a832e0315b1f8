import type { FastifyError, FastifyInstance } from 'fastify';
import type { components } from '../../src/intake/api-types';
import { API_BASE } from '../contract/apiBase';
import type { OpenApiValidator } from '../contract/openapiValidator';
import { ProblemError } from '../problems/ProblemError';
import type { RateLimiter } from '../security/RateBudgets';
import { lookUpStatus, type StatusLookupSources } from './lookUpStatus';

type StatusLookupBody = components['schemas']['StatusLookup'];

/** Largest body (the lookup's JSON: a reference and a code as typed), in bytes. */
const BODY_LIMIT_BYTES = 1024;

export interface StatusRouteOptions extends StatusLookupSources {
  readonly contract: OpenApiValidator;
  /** Lookups per client address (`request.ip`, which believes `X-Forwarded-For` only with `TRUST_PROXY`). */
  readonly perAddress: RateLimiter;
  /** Lookups per reference, from whichever addresses they come. */
  readonly perReference: RateLimiter;
  readonly now: () => Date;
}

/**
 * `POST /status` (see `api/openapi.json`): where an application stands, for whoever holds its
 * receipt, from any device and without a device token. Reference and code travel in the body, so
 * neither is in a log line or a browser's history; the log names the route and status only.
 * Registered in a scope of its own, because it takes JSON (everywhere else a JSON body stays a 415).
 */
export function registerStatusRoute(app: FastifyInstance, options: StatusRouteOptions): void {
  const { contract, perAddress, perReference, now } = options;
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    // Fastify's own parser: it refuses `__proto__` and `constructor.prototype` keys.
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, scope.getDefaultJsonParser('error', 'error'));
    scope.setErrorHandler((error: FastifyError) => {
      if (!(error instanceof ProblemError) && error.code?.startsWith('FST_ERR_CTP_')) throw new ProblemError('status-request-invalid');
      throw error;
    });

    scope.post(`${API_BASE}/status`, async (request, reply) => {
      if (contract.validateSchema('StatusLookup', request.body).length > 0) throw new ProblemError('status-request-invalid');
      const { reference, statusCode } = request.body as StatusLookupBody;
      await spend(perAddress, request.ip);
      await spend(perReference, reference.trim().toUpperCase());
      const at = now();
      const result = await lookUpStatus(options, reference, statusCode, at);
      if (result.kind === 'locked') {
        const seconds = Math.max(1, Math.ceil((result.until.getTime() - at.getTime()) / 1000));
        throw new ProblemError('status-lookup-locked', { retryAfterSeconds: seconds, params: { minutes: Math.ceil(seconds / 60) } });
      }
      if (result.kind === 'missing') throw new ProblemError('status-not-found');
      return reply.header('cache-control', 'no-store').send(result.report);
    });
  });
}

async function spend(budget: RateLimiter, key: string): Promise<void> {
  const decision = await budget.take(key);
  if (!decision.allowed) throw new ProblemError('status-lookups-limited', { retryAfterSeconds: decision.retryAfterSeconds });
}
