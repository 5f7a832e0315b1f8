import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import { validatePostcode } from '../../src/validation';
import type { AddressLookup } from '../contract/apiTypes';
import { lookUpPdok } from './lookUpPdok';
import { ProblemError } from '../problems/ProblemError';
import { API_BASE } from '../contract/apiBase';

export interface AddressLookupRouteOptions {
  /** Device token and a lookup budget of its own, so typing addresses never holds up sending. */
  readonly guard: onRequestAsyncHookHandler;
  /** Base URL of the PDOK-Locatieserver-shaped address service; without it every lookup is `503`. */
  readonly baseUrl: string | undefined;
  /** Milliseconds to wait for the address service. */
  readonly timeoutMs: number;
}

type LookupRequest = { Querystring: { postcode?: unknown; houseNumber?: unknown } };

/**
 * `GET /address-lookup?postcode=…&houseNumber=…` (see `api/openapi.json`): a same-origin proxy to
 * the configured address service. The tablet talks only to its own intake service, so its CSP
 * keeps `connect-src 'self'` and a citizen's postcode goes to no third party from the device.
 * Postcode and number are personal data: the request log has the route, never the query.
 */
export function registerAddressLookupRoute(app: FastifyInstance, { guard, baseUrl, timeoutMs }: AddressLookupRouteOptions): void {
  app.get<LookupRequest>(`${API_BASE}/address-lookup`, { onRequest: guard }, async (request, reply) => {
    const { postcode: rawPostcode, houseNumber } = request.query;
    const postcode = typeof rawPostcode === 'string' ? validatePostcode(rawPostcode) : undefined;
    if (!postcode?.ok || typeof houseNumber !== 'string' || !/^[1-9]\d{0,4}$/.test(houseNumber)) throw new ProblemError('address-lookup-invalid');
    if (!baseUrl) throw new ProblemError('address-lookup-unavailable');
    let body: AddressLookup;
    try {
      body = { addresses: await lookUpPdok(baseUrl, postcode.value, houseNumber, timeoutMs) };
    } catch (error) {
      // The error's name and message only: they never hold the postcode.
      request.log.warn({ addressService: error instanceof Error ? `${error.name}: ${error.message}` : 'failed' }, 'address lookup failed');
      throw new ProblemError('address-lookup-unavailable');
    }
    return reply.header('cache-control', 'no-store').send(body);
  });
}
