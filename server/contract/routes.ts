import type { FastifyInstance } from 'fastify';
import { openapiDocument } from './openapiDocument';
import { API_BASE } from './apiBase';

/** `GET /openapi.json`: the contract this service follows, as it is in the repository. */
export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get(`${API_BASE}/openapi.json`, async (_request, reply) => reply.header('cache-control', 'no-cache').send(openapiDocument));
}
