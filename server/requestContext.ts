import type { ProblemType } from './problems/problemTypes';
import type { Device } from './security/deviceTokens';

/** What the one log line of a request may say besides method, route, status and duration. */
export interface RequestAudit {
  reference?: string;
  /** Bytes received in the application part and files. */
  bytes?: number;
  files?: number;
  /** A parked draft's lookup id, shortened to a tag (`lookupIdLogTag`): never the id itself. */
  parkedDraft?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified device, set by the authentication hook. */
    device: Device | null;
    /** Facts for the log line; never answers, names, tokens or file names. */
    audit: RequestAudit | null;
    /** The problem the request was refused with, set by `sendProblem`; for the metrics of refusals. */
    problem: ProblemType | null;
  }
}
