import type { Writable } from 'node:stream';
import type { FastifyServerOptions } from 'fastify';

/**
 * Logger settings that keep personal data out of the logs (docs/intake.md, "No personal data in
 * logs"): requests are reduced to method and path (no query string, no headers, so no token),
 * and errors to their type and code. The one line per request is written by the `onResponse`
 * hook in `app.ts`.
 *
 * @param stream where JSON log lines go; default stdout.
 */
export function loggerOptions(level: string, stream?: Writable): Exclude<FastifyServerOptions['logger'], undefined> {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, path: (request.url ?? '').split('?')[0] }),
      res: (reply: { statusCode?: number }) => ({ status: reply.statusCode }),
      err: (error: Error & { code?: unknown }) => ({
        type: error.name,
        code: typeof error.code === 'string' ? error.code : undefined,
        // Neither the message nor the stack's first line: a message can quote input (JSON.parse's does).
        message: '(not logged)',
        stack: error.stack?.split('\n').slice(1).join('\n') ?? '',
      }),
    },
  };
}
