import type { FastifyInstance } from 'fastify';
import type { Health } from '../contract/apiTypes';
import { preferredLocale } from '../problems/preferredLocale';
import { serverTranslator } from '../problems/serverTranslators';
import type { ApplicationStore } from '../applications/ApplicationStore';
import { API_BASE } from '../contract/apiBase';

/**
 * `GET /health`: 200 when the service runs and the store has just proved it can take an
 * application (`checkReady`), 503 with the reason when it runs but cannot, so a supervisor can
 * tell "restart me" from "look at the disk". Open without a token: it says nothing about
 * applications.
 */
export function registerHealthRoute(app: FastifyInstance, store: ApplicationStore): void {
  app.get(`${API_BASE}/health`, async (request, reply) => {
    const readiness = await store.checkReady();
    reply.header('cache-control', 'no-store');
    if (readiness.ready) return reply.code(200).send({ status: 'ok', storage: 'ok' } satisfies Health);
    const locale = preferredLocale(request.headers['accept-language']);
    const body: Health = {
      status: 'unavailable',
      storage: 'unavailable',
      reason: readiness.reason,
      detail: serverTranslator(locale).t(`health.${readiness.reason}`),
    };
    request.log.warn({ storage: readiness.reason }, 'storage not ready');
    return reply.code(503).header('content-language', locale).header('vary', 'Accept-Language').send(body);
  });
}
