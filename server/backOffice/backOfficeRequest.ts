import type { BackOfficeSession } from './BackOfficeAccountStore';

/** The session a back-office request came with, set by the session guard. */
export interface SignedInSession extends BackOfficeSession {
  /** SHA-256 of the session id, as the store keys it (sign-out ends it). */
  readonly idHash: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `createSessionGuard` on back-office routes; null elsewhere. */
    backOffice: SignedInSession | null;
  }
}
