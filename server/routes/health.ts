import type { FastifyInstance } from 'fastify';
import type { Health } from '../contract/apiTypes';
import type { ApplicationStore } from '../store/ApplicationStore';
import { API_BASE } from './applications';

/**
 * `GET /health`: 200 when the service runs and can store applications, 503 when it runs but
 * storage is not ready, so a supervisor can tell "restart me" from "look at the disk". Open
 * without a token: it says nothing about applications.
 */
export function registerHealthRoute(app: FastifyInstance, store: ApplicationStore): void {
  app.get(`${API_BASE}/health`, async (_request, reply) => {
    const ready = await store.isReady();
    const body: Health = ready ? { status: 'ok', storage: 'ok' } : { status: 'unavailable', storage: 'unavailable' };
    return reply.code(ready ? 200 : 503).header('cache-control', 'no-store').send(body);
  });
}
