import type { FastifyError, FastifyInstance } from 'fastify';
import type { OpenApiValidator } from '../contract/openapiValidator';
import type { ForwardingStore } from '../forwarding/ForwardingStore';
import { ProblemError } from '../problems/ProblemError';
import type { BackOfficeAccountStore } from './BackOfficeAccountStore';
import { createSessionGuard } from './createSessionGuard';
import { registerSessionRoutes } from './sessionRoutes';
import { registerWorklistRoutes } from './worklistRoutes';

/** Largest back-office body (the sign-in's JSON), in bytes. */
const BODY_LIMIT_BYTES = 4096;

export interface BackOfficeOptions {
  readonly accounts: BackOfficeAccountStore;
  readonly forwarding: ForwardingStore;
  readonly contract: OpenApiValidator;
  readonly now: () => Date;
}

/**
 * The back office under `/api/v1/backoffice`: its sign-in and the worklist, in a scope of their
 * own, because they take JSON (everywhere else a JSON body stays a 415) and are never cached.
 */
export function registerBackOffice(app: FastifyInstance, { accounts, forwarding, contract, now }: BackOfficeOptions): void {
  void app.register(async (scope) => {
    scope.decorateRequest('backOffice', null);
    scope.removeAllContentTypeParsers();
    // Fastify's own parser: it refuses `__proto__` and `constructor.prototype` keys.
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, scope.getDefaultJsonParser('error', 'error'));
    scope.setErrorHandler((error: FastifyError) => {
      if (!(error instanceof ProblemError) && error.code?.startsWith('FST_ERR_CTP_')) throw new ProblemError('backoffice-request-invalid');
      throw error;
    });
    // Nothing of the worklist or a session stays in a cache of the browser or a proxy.
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      return payload;
    });
    const sessionGuard = createSessionGuard(accounts, now);
    registerSessionRoutes(scope, { accounts, contract, sessionGuard, now });
    registerWorklistRoutes(scope, { forwarding, contract, sessionGuard, now });
  });
}
