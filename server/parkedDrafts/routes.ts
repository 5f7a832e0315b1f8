import type { FastifyError, FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import type { ParkedDraftBody } from '../contract/apiTypes';
import type { OpenApiValidator } from '../contract/openapiValidator';
import { checkParkRequest } from './checkParkRequest';
import { LOOKUP_ID_PATTERN, lookupIdLogTag } from './lookupId';
import { ProblemError } from '../problems/ProblemError';
import type { RateLimiter } from '../security/RateBudgets';
import type { ParkedDraftStore } from './ParkedDraftStore';
import { API_BASE } from '../contract/apiBase';

/** Room for the JSON around the ciphertext (`{"sealed":{…}}`, salt, IV, iterations, some spacing), in bytes. */
const ENVELOPE_BYTES = 4096;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ParkedDraftRoutesOptions {
  readonly store: ParkedDraftStore;
  readonly contract: OpenApiValidator;
  /** Device token and overall rate, as for applications. */
  readonly guard: onRequestAsyncHookHandler;
  /** The stricter budget of lookups that find nothing, per device. */
  readonly lookups: RateLimiter;
  /** Longest ciphertext, in base64 characters. */
  readonly maxParkedDraftBytes: number;
  /** Days a draft is kept after it was last parked. */
  readonly parkedDraftDays: number;
  readonly now: () => Date;
}

type LookupRequest = { Params: { lookupId: string } };

/**
 * `PUT`, `GET` and `DELETE /parked-drafts/{lookupId}` (see `api/openapi.json`): encrypted drafts
 * parked so that a draft saved on one tablet opens on another with its resume code. The service
 * only stores ciphertext; the lookup id is a capability and is never logged (only a short tag).
 * Once the draft became an application it is gone, and its lookup id answers `410` with that
 * application's reference (kept `SENT_PARKED_DRAFT_DAYS`).
 *
 * Registered in a scope of its own, because these are the only routes that take JSON: everywhere
 * else a JSON body stays a 415.
 */
export function registerParkedDraftRoutes(app: FastifyInstance, options: ParkedDraftRoutesOptions): void {
  const { store, contract, guard, lookups, maxParkedDraftBytes, parkedDraftDays, now } = options;
  const tooLarge = () => new ProblemError('parked-draft-too-large', { params: { maxKb: Math.floor(maxParkedDraftBytes / 1024) } });

  // A path segment that is not a lookup id names nothing: 404 before the body is read or storage asked.
  const requireLookupId: onRequestAsyncHookHandler = async (request) => {
    const { lookupId } = request.params as LookupRequest['Params'];
    if (!LOOKUP_ID_PATTERN.test(lookupId)) throw new ProblemError('parked-draft-not-found');
    request.audit = { ...request.audit, parkedDraft: lookupIdLogTag(lookupId) };
  };
  const onRequest = [guard, requireLookupId];

  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    // Fastify's own parser: it refuses `__proto__` and `constructor.prototype` keys, and counts bytes against the limit as they arrive.
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: maxParkedDraftBytes + ENVELOPE_BYTES }, scope.getDefaultJsonParser('error', 'error'));
    // Body refusals in this scope's words; everything else goes on to the service's error handler.
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw tooLarge();
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw new ProblemError('parked-draft-not-json');
      if (!(error instanceof ProblemError) && error.statusCode === 400) throw new ProblemError('parked-draft-invalid');
      throw error;
    });

    scope.put<LookupRequest>(`${API_BASE}/parked-drafts/:lookupId`, { onRequest }, async (request, reply) => {
      const sealed = checkParkRequest(request.body, contract, maxParkedDraftBytes);
      const storedAt = now();
      // A draft that became an application is not parked again: its code would open it once more.
      const reference = await store.findSent(request.params.lookupId, storedAt);
      if (reference !== undefined) throw new ProblemError('parked-draft-sent', { reference });
      await store.park(request.params.lookupId, { sealed, storedAt, expiresAt: new Date(storedAt.getTime() + parkedDraftDays * DAY_MS) });
      return reply.code(204).header('cache-control', 'no-store').send();
    });

    scope.get<LookupRequest>(`${API_BASE}/parked-drafts/:lookupId`, { onRequest }, async (request, reply) => {
      // Every lookup spends from the budget first and a hit gives it back, so only misses count
      // and, once it is spent, even a lucky guess gets no answer until it refills.
      const deviceId = request.device?.id ?? 'unknown';
      const decision = await lookups.take(deviceId);
      if (!decision.allowed) throw new ProblemError('lookups-limited', { retryAfterSeconds: decision.retryAfterSeconds });
      const at = now();
      const parked = await store.findParked(request.params.lookupId, at);
      if (!parked) {
        // A hit too: the code was right, and its draft became this application.
        const reference = await store.findSent(request.params.lookupId, at);
        if (reference === undefined) throw new ProblemError('parked-draft-not-found');
        await lookups.giveBack(deviceId);
        throw new ProblemError('parked-draft-sent', { reference });
      }
      await lookups.giveBack(deviceId);
      const body: ParkedDraftBody = { sealed: parked.sealed, expiresAt: parked.expiresAt.toISOString() };
      return reply.header('cache-control', 'no-store').send(body);
    });

    scope.delete<LookupRequest>(`${API_BASE}/parked-drafts/:lookupId`, { onRequest }, async (request, reply) => {
      await store.removeParked(request.params.lookupId);
      return reply.code(204).header('cache-control', 'no-store').send();
    });
  });
}
