import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { components } from '../../src/intake/api-types';
import { API_BASE } from '../contract/apiBase';
import type { OpenApiValidator } from '../contract/openapiValidator';
import { ProblemError } from '../problems/ProblemError';
import type { BackOfficeAccountStore } from './BackOfficeAccountStore';
import { clearedSessionCookie, readSessionCookie, sessionCookie } from './sessionCookie';
import { sessionIdHash } from './sessionId';
import { requireCsrfHeader } from './requireCsrfHeader';
import { signIn } from './signIn';

type SignInBody = components['schemas']['BackOfficeSignIn'];
type SessionBody = components['schemas']['BackOfficeSession'];

export interface SessionRoutesOptions {
  readonly accounts: BackOfficeAccountStore;
  readonly contract: OpenApiValidator;
  /** The hook that finds the request's session (`createSessionGuard`). */
  readonly sessionGuard: onRequestAsyncHookHandler;
  readonly now: () => Date;
}

/**
 * `POST`, `GET` and `DELETE /backoffice/session` (see `api/openapi.json`): signing in with a
 * back-office account, who is signed in, and signing out. Registered inside the back office's own
 * scope, which parses JSON. The password is never logged: requests are logged by route and status only.
 */
export function registerSessionRoutes(scope: FastifyInstance, { accounts, contract, sessionGuard, now }: SessionRoutesOptions): void {
  scope.post(`${API_BASE}/backoffice/session`, { onRequest: requireCsrfHeader }, async (request, reply) => {
    if (contract.validateSchema('BackOfficeSignIn', request.body).length > 0) throw new ProblemError('backoffice-request-invalid');
    const { user, password } = request.body as SignInBody;
    const at = now();
    const result = await signIn(accounts, user, password, at);
    if (result.kind === 'locked') {
      const seconds = Math.max(1, Math.ceil((result.until.getTime() - at.getTime()) / 1000));
      throw new ProblemError('backoffice-sign-in-locked', { retryAfterSeconds: seconds, params: { minutes: Math.ceil(seconds / 60) } });
    }
    if (result.kind === 'wrong') throw new ProblemError('backoffice-sign-in-failed');
    const body: SessionBody = { user: result.userName, name: result.displayName, expiresAt: result.expiresAt.toISOString() };
    return reply.header('set-cookie', sessionCookie(result.sessionId, isHttps(request))).send(body);
  });

  scope.get(`${API_BASE}/backoffice/session`, { onRequest: sessionGuard }, async (request) => {
    const session = request.backOffice;
    if (!session) throw new ProblemError('backoffice-session-required');
    const body: SessionBody = { user: session.userName, name: session.displayName, expiresAt: session.expiresAt.toISOString() };
    return body;
  });

  // Without the session guard: signing out with an ended session (or none) still clears the cookie.
  scope.delete(`${API_BASE}/backoffice/session`, { onRequest: requireCsrfHeader }, async (request, reply) => {
    const sessionId = readSessionCookie(request.headers.cookie);
    if (sessionId !== undefined) await accounts.endSession(sessionIdHash(sessionId));
    return reply.code(204).header('set-cookie', clearedSessionCookie(isHttps(request))).send();
  });
}

/** Whether the request came over HTTPS: to this process, or to a trusted proxy (`TRUST_PROXY`, Fastify's `protocol`). */
function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}
