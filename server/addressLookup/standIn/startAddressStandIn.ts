import Fastify from 'fastify';
import { searchStandIn } from './searchStandIn';

/** A running stand-in for the address service. */
export interface AddressStandIn {
  /** Its base URL, as `ADDRESS_LOOKUP_URL` would be, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A stand-in for PDOK Locatieserver on a loopback port of its own, answering
 * `GET /search/v3_1/free` from the built-in test addresses in PDOK's shape. `npm start` and the
 * tests use it when no `ADDRESS_LOOKUP_URL` is configured, so the intake service's lookup runs
 * the same code (HTTP, time limit, parsing) against it as against the real service.
 */
export async function startAddressStandIn(): Promise<AddressStandIn> {
  const app = Fastify({ logger: false });
  app.get('/search/v3_1/free', async (request, reply) => {
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    return reply.header('cache-control', 'no-store').send(searchStandIn(query));
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}
