import type { onRequestAsyncHookHandler } from 'fastify';
import { ProblemError } from '../problems/ProblemError';
import type { BackOfficeAccountStore } from './BackOfficeAccountStore';
import './backOfficeRequest';
import { readSessionCookie } from './sessionCookie';
import { sessionIdHash } from './sessionId';
import { SESSION_IDLE_MS } from './signInPolicy';

/**
 * The hook of every back-office route but sign-in: the session cookie must name a session that has
 * not been idle for 8 hours; each use moves its end on. Device tokens play no part: a tablet may not
 * read the worklist, and a back-office session may not send applications.
 */
export function createSessionGuard(accounts: BackOfficeAccountStore, now: () => Date): onRequestAsyncHookHandler {
  return async (request) => {
    const sessionId = readSessionCookie(request.headers.cookie);
    if (sessionId === undefined) throw new ProblemError('backoffice-session-required');
    const idHash = sessionIdHash(sessionId);
    const at = now();
    const session = await accounts.findSession(idHash, at);
    if (!session) throw new ProblemError('backoffice-session-required');
    const expiresAt = new Date(at.getTime() + SESSION_IDLE_MS);
    await accounts.touchSession(idHash, expiresAt);
    request.backOffice = { ...session, expiresAt, idHash };
  };
}
