import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { components } from '../../src/intake/api-types';
import { API_BASE } from '../contract/apiBase';
import type { OpenApiValidator } from '../contract/openapiValidator';
import type { ForwardingState, ForwardingStore } from '../forwarding/ForwardingStore';
import { ProblemError } from '../problems/ProblemError';
import { forwardingAttemptJson, forwardingLineJson } from './forwardingJson';
import { requireCsrfHeader } from './requireCsrfHeader';

type Schemas = components['schemas'];

const STATES: readonly ForwardingState[] = ['waiting', 'registering', 'registered', 'needsAction'];
const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

export interface WorklistRoutesOptions {
  readonly forwarding: ForwardingStore;
  readonly contract: OpenApiValidator;
  /** The hook that finds the request's session (`createSessionGuard`). */
  readonly sessionGuard: onRequestAsyncHookHandler;
  readonly now: () => Date;
}

type ReferenceRequest = { Params: { reference: string } };

/**
 * The worklist "Ontvangen aanvragen" (see `api/openapi.json`, tag `back-office`): counts per
 * state, a page of one state's list, one application's tries, and "try again" for what needs
 * action. Only what `ForwardingStore` shows: references, permits, dates, states, the zaak
 * identificatie and the tries; never answers or files.
 */
export function registerWorklistRoutes(scope: FastifyInstance, { forwarding, contract, sessionGuard, now }: WorklistRoutesOptions): void {
  // A path segment that is no reference names nothing: 404 without asking the store.
  const requireReference = async (request: FastifyRequest) => {
    const { reference } = request.params as ReferenceRequest['Params'];
    if (contract.validateSchema('Reference', reference).length > 0) throw new ProblemError('forwarding-not-found');
    request.audit = { ...request.audit, reference };
  };

  scope.get(`${API_BASE}/backoffice/forwarding`, { onRequest: sessionGuard }, async (request) => {
    const query = request.query as Record<string, string | string[] | undefined>;
    const state = query.state ?? 'needsAction';
    if (typeof state !== 'string' || !(STATES as readonly string[]).includes(state)) throw new ProblemError('backoffice-request-invalid');
    const offset = integerParameter(query.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = integerParameter(query.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    const at = now();
    const [counts, items] = await Promise.all([forwarding.countByState(at), forwarding.list(state as ForwardingState, at, { limit, offset })]);
    const body: Schemas['ForwardingList'] = { counts: { ...counts }, state: state as ForwardingState, offset, limit, items: items.map(forwardingLineJson) };
    return body;
  });

  scope.get<ReferenceRequest>(`${API_BASE}/backoffice/forwarding/:reference`, { onRequest: [sessionGuard, requireReference] }, async (request) => {
    return detail(forwarding, request.params.reference, now());
  });

  scope.post<ReferenceRequest>(
    `${API_BASE}/backoffice/forwarding/:reference/retry`,
    { onRequest: [requireCsrfHeader, sessionGuard, requireReference] },
    async (request) => {
      const { reference } = request.params;
      const by = request.backOffice?.userName;
      if (by === undefined) throw new ProblemError('backoffice-session-required');
      const at = now();
      if (!(await forwarding.retryNow(reference, by, at))) {
        // Unknown is 404; known but not waiting for a person is 409.
        await detail(forwarding, reference, at);
        throw new ProblemError('forwarding-no-action-needed');
      }
      return detail(forwarding, reference, at);
    },
  );
}

async function detail(forwarding: ForwardingStore, reference: string, at: Date): Promise<Schemas['ForwardingDetail']> {
  const found = await forwarding.findForwarding(reference, at);
  if (!found) throw new ProblemError('forwarding-not-found');
  return { line: forwardingLineJson(found.summary), attempts: found.attempts.map(forwardingAttemptJson) };
}

/** A whole number from the query between `min` and `max`, or `fallback` when absent. */
function integerParameter(value: string | string[] | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,16}$/.test(value)) throw new ProblemError('backoffice-request-invalid');
  const number = Number(value);
  if (number < min || number > max) throw new ProblemError('backoffice-request-invalid');
  return number;
}
