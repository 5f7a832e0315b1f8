import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { intakePermits } from './applications/intakePermits';
import type { PermitRegistry } from './applications/permitRegistry';
import { DEFAULT_TIMEOUTS, SERVICE_DEFAULTS, type ServerTimeouts } from './config';
import { openapiDocument } from './contract/openapiDocument';
import { createOpenApiValidator } from './contract/openapiValidator';
import type { ForwardingStore } from './forwarding/ForwardingStore';
import { loggerOptions } from './logging/loggerOptions';
import { createIntakeMetrics, storeErrorKind, type PoolStats } from './metrics';
import { scheduleParkedDraftPurge } from './parkedDrafts/scheduleParkedDraftPurge';
import { answerClientError } from './problems/answerClientError';
import { ProblemError } from './problems/ProblemError';
import { sendProblem } from './problems/sendProblem';
import './requestContext';
import { registerAddressLookupRoute } from './addressLookup/routes';
import { registerApplicationRoutes } from './applications/routes';
import { API_BASE } from './contract/apiBase';
import { registerHealthRoute } from './health/routes';
import { registerMetricsRoute } from './metrics/routes';
import { registerOpenApiRoute } from './contract/routes';
import { registerParkedDraftRoutes } from './parkedDrafts/routes';
import type { CaseStatusStore } from './status/CaseStatus';
import { registerStatusRoute } from './status/routes';
import type { StatusLookupStore } from './status/StatusLookupStore';
import { registerStaticApp } from './staticApp/routes';
import { createDeviceGuard } from './security/createDeviceGuard';
import { createDeviceVerifier } from './security/deviceTokens';
import type { RateBudgets } from './security/RateBudgets';
import { memoryRateBudgets } from './storage/memory/memoryRateBudgets';
import { refuseUnsupportedRequests } from './security/refuseUnsupportedRequests';
import { SECURITY_HEADERS } from './security/securityHeaders';
import { discardUnreadBody } from './uploads/discardUnreadBody';
import { StoreUnavailableError, type ApplicationStore } from './applications/ApplicationStore';
import type { ParkedDraftStore } from './parkedDrafts/ParkedDraftStore';
import type { BackOfficeAccountStore } from './backOffice/BackOfficeAccountStore';
import { registerBackOffice } from './backOffice/registerBackOffice';
import type { TestFaults } from './testFaults/readTestFaults';
import { permitsUnderTest, registerTestFaults } from './testFaults/registerTestFaults';

const MB = 1024 * 1024;
const HOUR_MS = 60 * 60 * 1000;

/** What the intake service is built from; a limit left out takes the default of the variable it names (`SERVICE_DEFAULTS` in `config.ts`). */
export interface BuildServerOptions {
  readonly store: ApplicationStore;
  /** Encrypted drafts parked for other tablets of the desk. */
  readonly parkedDrafts: ParkedDraftStore;
  /** Where the per-device request budgets live; default this process's memory (one instance). */
  readonly rateBudgets?: RateBudgets;
  /** Device tokens that may send and read applications. */
  readonly deviceTokens: readonly string[];
  /** Where uploads in progress are written (`<dataDir>/tmp`); created if missing. */
  readonly dataDir: string;
  /** The built wizard; when it has no `index.html`, pages say the app is not built. */
  readonly appDir?: string;
  /** The forms accepted; default: every permit in `src/definitions` with its previous versions (`intakePermits`). */
  readonly permits?: PermitRegistry;
  /** Bytes per file (`MAX_FILE_BYTES`). */
  readonly maxFileBytes?: number;
  /** Bytes per request (application and files) (`MAX_REQUEST_BYTES`). */
  readonly maxRequestBytes?: number;
  /** Files per request (`MAX_FILES`). */
  readonly maxFiles?: number;
  /** Applications sent per device per minute (`RATE_LIMIT_PER_MINUTE`). */
  readonly rateLimitPerMinute?: number;
  /** Status reads and parked-draft requests per device per minute, a budget apart from sending (`READS_PER_MINUTE`). */
  readonly readsPerMinute?: number;
  /** Longest ciphertext of a parked draft (base64 characters; `MAX_PARKED_DRAFT_BYTES`). */
  readonly maxParkedDraftBytes?: number;
  /** Days a parked draft is kept after it was last parked (`PARKED_DRAFT_DAYS`). */
  readonly parkedDraftDays?: number;
  /** Days the service remembers which application a sent parked draft became (`SENT_PARKED_DRAFT_DAYS`). */
  readonly sentParkedDraftDays?: number;
  /** Parked-draft lookups that find nothing, per device per minute (`PARKED_DRAFT_LOOKUPS_PER_MINUTE`). */
  readonly parkedDraftLookupsPerMinute?: number;
  /**
   * Base URL of the PDOK-Locatieserver-shaped address service the address lookup asks; without
   * it the lookup answers `503` and the wizard asks the person to type the address. `startService`
   * passes the built-in stand-in when `ADDRESS_LOOKUP_URL` is not set.
   */
  readonly addressLookupUrl?: string;
  /** Milliseconds to wait for the address service before the lookup answers `503`; default 3000. */
  readonly addressLookupTimeoutMs?: number;
  /** Address lookups per device per minute (`ADDRESS_LOOKUPS_PER_MINUTE`). */
  readonly addressLookupsPerMinute?: number;
  /**
   * The applications as the status lookup (`POST /status`) reads them, with its misses per
   * reference; without it `/status` answers 404. `createStores` gives one for every database.
   */
  readonly statusLookups?: StatusLookupStore;
  /** Status lookups per client address per minute, and as many per reference (`STATUS_LOOKUPS_PER_MINUTE`). */
  readonly statusLookupsPerMinute?: number;
  /** Wrong status codes within `statusLockMinutes` after which a reference is locked (`STATUS_LOCK_AFTER_MISSES`). */
  readonly statusLockAfterMisses?: number;
  /** How long wrong status codes count together and a reference stays locked (minutes; `STATUS_LOCK_MINUTES`). */
  readonly statusLockMinutes?: number;
  /**
   * The case system's statuses as the forwarding side last read them: the status lookup then adds
   * the zaak's statuses, dates, result and case handler. Without it, it answers what the intake
   * service knows itself (received, and forwarded with `forwarding`).
   */
  readonly caseStatuses?: CaseStatusStore;
  /** Milliseconds between purges of expired parked drafts (one also runs at start); default one hour. */
  readonly parkedDraftPurgeIntervalMs?: number;
  /** How long a connection may take (see `ServerTimeouts`); each defaults to `DEFAULT_TIMEOUTS`. */
  readonly timeouts?: Partial<ServerTimeouts>;
  /**
   * Bearer token for `GET /metrics` (Prometheus text format); without it `/metrics` answers 404.
   * Never a device token: a scraper may not send applications.
   */
  readonly metricsToken?: string;
  /** The store's database pool, reported at `/metrics` as gauges (PostgreSQL: `PostgresStores.poolStats`). */
  readonly storePool?: () => PoolStats;
  /**
   * Whether `X-Forwarded-Proto` and `X-Forwarded-For` are believed (Fastify's `trustProxy`): only
   * behind a proxy that sets them itself. Default false.
   */
  readonly trustProxy?: boolean;
  /** Log level (`info`, `warn`, `silent`…); default `info`. */
  readonly logLevel?: string;
  /** Where log lines go; default stdout. */
  readonly logStream?: Writable;
  /**
   * When true, an API response that breaks the OpenAPI document becomes a 500, so tests catch
   * it; otherwise it is logged and sent. Default false.
   */
  readonly strictContract?: boolean;
  /** The clock; for tests. */
  readonly now?: () => Date;
  /**
   * The forwarding outbox, given when applications are registered in the case system
   * (`ZGW_CONFIG`): a status then says whether the zaak exists yet, `/metrics` counts its states,
   * and with `backOfficeAccounts` the worklist "Ontvangen aanvragen" and its sign-in are served
   * under `/api/v1/backoffice`; without either, those addresses answer 404.
   */
  readonly forwarding?: ForwardingStore;
  /** The back-office accounts that may sign in to the worklist (never device tokens). */
  readonly backOfficeAccounts?: BackOfficeAccountStore;
  /** Test only: faults made on purpose (see `testFaults/readTestFaults.ts`). Default none; never set in production. */
  readonly testFaults?: TestFaults;
}

/**
 * The intake service as a Fastify instance, not yet listening: the API under `/api/v1` (see
 * `api/openapi.json`) and the built wizard on the same origin. `main.ts` listens; tests use
 * `inject` or listen on port 0.
 */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const maxFileBytes = options.maxFileBytes ?? SERVICE_DEFAULTS.MAX_FILE_BYTES;
  const maxRequestBytes = options.maxRequestBytes ?? SERVICE_DEFAULTS.MAX_REQUEST_BYTES;
  const maxFiles = options.maxFiles ?? SERVICE_DEFAULTS.MAX_FILES;
  const now = options.now ?? (() => new Date());
  const timeouts: ServerTimeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const tmpDir = path.join(options.dataDir, 'tmp');
  // Uploads cut short by a crash are never part of an application: start with an empty folder.
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true, mode: 0o700 });

  let staticFallback: Awaited<ReturnType<typeof registerStaticApp>> | undefined;
  const notFound = (request: FastifyRequest, reply: FastifyReply) => {
    if (!staticFallback || request.url === API_BASE || request.url.startsWith(`${API_BASE}/`) || request.url.startsWith('/api/')) {
      return sendProblem(request, reply, new ProblemError('not-found'));
    }
    return staticFallback(request, reply);
  };

  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logStream),
    // One line per request, written below with only the facts we allow in logs.
    logController: new LogController({ disableRequestLogging: true }),
    // While shutting down, new requests get a 503 and the wizard's outbox retries later.
    return503OnClosing: true,
    trustProxy: options.trustProxy ?? false,
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    requestTimeout: timeouts.requestMs,
    http: {
      headersTimeout: timeouts.headersMs,
      // Node looks for connections over the headers and request timeouts only this often (default
      // every 30 s, which would let a slow client stay up to 30 s longer than allowed).
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(timeouts.headersMs / 10))),
      // Checked in `refuseUnsupportedRequests`, which answers as the contract says.
      requireHostHeader: false,
    },
    clientErrorHandler: answerClientError,
    // A path parameter over the router's limit (100 characters) or not decodable cannot name
    // anything the service has: a 404 problem, as for any unknown address.
    frameworkErrors: (error, request, reply) => {
      // Answered before the route's hooks, so without the onSend hook below.
      reply.headers(SECURITY_HEADERS);
      if (error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH') return notFound(request, reply);
      request.log.error({ err: error }, 'unexpected error');
      return sendProblem(request, reply, new ProblemError('internal'));
    },
  });
  const contract = createOpenApiValidator(openapiDocument);
  const { forwarding } = options;
  const metrics = createIntakeMetrics({
    nodeMetrics: options.metricsToken !== undefined,
    ...(options.storePool ? { storePool: options.storePool } : {}),
    ...(forwarding ? { forwardingCounts: () => forwarding.countByState(now()) } : {}),
  });

  app.decorateRequest('device', null);
  app.decorateRequest('audit', null);
  app.decorateRequest('problem', null);

  // Only multipart is accepted: any other body gets a 415 before it is read (RFC 9110 §15.5.16).
  app.removeAllContentTypeParsers();
  await app.register(fastifyMultipart, {
    // Every part, the application JSON too, is handed over as a stream, so we count and limit
    // every byte ourselves instead of letting the parser buffer a "field" of up to 1 MB.
    isPartAFile: () => true,
    throwFileSizeLimit: false,
    limits: {
      files: maxFiles + 1,
      parts: maxFiles + 1,
      fields: 0,
      fileSize: maxRequestBytes + 1,
      fieldNameSize: 100,
      headerPairs: 20,
    },
  });

  app.addHook('onRequest', refuseUnsupportedRequests);

  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    if (request.url.startsWith(`${API_BASE}/`) && typeof payload === 'string') {
      const problems = contract.isDocumented(request.method, request.url)
        ? contract.checkResponse({
            method: request.method,
            path: request.url,
            status: reply.statusCode,
            headers: lowerCaseHeaders(reply.getHeaders()),
            body: parseJson(payload),
          })
        : [];
      if (problems.length > 0) {
        request.log.error({ contract: problems }, 'response breaks the OpenAPI document');
        if (options.strictContract && reply.statusCode !== 500) throw new Error(`Contract: ${problems.join('; ')}`);
      }
    }
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'not-found';
    metrics.requestAnswered(route, request.method, reply.statusCode, reply.elapsedTime);
    request.log.info(
      {
        method: request.method,
        route,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime),
        ...request.audit,
      },
      'request',
    );
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A refusal can come before or in the middle of the body; read off what is left of it.
    discardUnreadBody(request, reply, maxRequestBytes);
    if (error instanceof ProblemError) return sendProblem(request, reply, error);
    if (error instanceof StoreUnavailableError) {
      request.log.error({ err: error }, 'storage unavailable');
      metrics.storeFailed(storeErrorKind(error));
      return sendProblem(request, reply, new ProblemError('storage-unavailable'));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) {
      return sendProblem(request, reply, new ProblemError('unsupported-content-type'));
    }
    if (error.statusCode === 413) {
      return sendProblem(request, reply, new ProblemError('request-too-large', { params: { maxMb: Math.floor(maxRequestBytes / MB) } }));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, new ProblemError('multipart-malformed'));
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(request, reply, new ProblemError('internal'));
  });

  // Test only, and only when one is on: before the routes, so its hooks run for them.
  if (options.testFaults) registerTestFaults(app, options.testFaults);
  const verifyDevice = createDeviceVerifier(options.deviceTokens);
  // One budget per kind of use, so lookups (status, parked drafts, addresses) never hold up a send.
  const budget = options.rateBudgets ?? memoryRateBudgets(() => now().getTime());
  const guard = createDeviceGuard(verifyDevice, budget('send', options.rateLimitPerMinute ?? SERVICE_DEFAULTS.RATE_LIMIT_PER_MINUTE));
  const readGuard = createDeviceGuard(verifyDevice, budget('read', options.readsPerMinute ?? SERVICE_DEFAULTS.READS_PER_MINUTE));
  const permits = options.permits ?? permitsUnderTest(options.testFaults) ?? intakePermits;
  registerApplicationRoutes(app, {
    store: options.store,
    permits,
    contract,
    guard,
    readGuard,
    limits: { maxFileBytes, maxRequestBytes, maxFiles },
    tmpDir,
    sentParkedDraftDays: options.sentParkedDraftDays ?? SERVICE_DEFAULTS.SENT_PARKED_DRAFT_DAYS,
    now,
    metrics,
    ...(forwarding ? { forwarding } : {}),
  });
  registerParkedDraftRoutes(app, {
    store: options.parkedDrafts,
    contract,
    guard: readGuard,
    lookups: budget('parked-draft-miss', options.parkedDraftLookupsPerMinute ?? SERVICE_DEFAULTS.PARKED_DRAFT_LOOKUPS_PER_MINUTE),
    maxParkedDraftBytes: options.maxParkedDraftBytes ?? SERVICE_DEFAULTS.MAX_PARKED_DRAFT_BYTES,
    parkedDraftDays: options.parkedDraftDays ?? SERVICE_DEFAULTS.PARKED_DRAFT_DAYS,
    now,
  });
  registerAddressLookupRoute(app, {
    guard: createDeviceGuard(verifyDevice, budget('address-lookup', options.addressLookupsPerMinute ?? SERVICE_DEFAULTS.ADDRESS_LOOKUPS_PER_MINUTE)),
    baseUrl: options.addressLookupUrl,
    // Under the wizard's own wait (3.5 s), so the tablet hears "unavailable" rather than nothing.
    timeoutMs: options.addressLookupTimeoutMs ?? 3000,
  });
  if (options.statusLookups) {
    const statusLookupsPerMinute = options.statusLookupsPerMinute ?? SERVICE_DEFAULTS.STATUS_LOOKUPS_PER_MINUTE;
    registerStatusRoute(app, {
      store: options.statusLookups,
      permits,
      policy: { lockAfter: options.statusLockAfterMisses ?? SERVICE_DEFAULTS.STATUS_LOCK_AFTER_MISSES, windowMs: (options.statusLockMinutes ?? SERVICE_DEFAULTS.STATUS_LOCK_MINUTES) * 60_000 },
      contract,
      perAddress: budget('status-address', statusLookupsPerMinute),
      perReference: budget('status-reference', statusLookupsPerMinute),
      now,
      ...(forwarding ? { forwarding } : {}),
      ...(options.caseStatuses ? { caseStatuses: options.caseStatuses } : {}),
    });
  }
  if (forwarding && options.backOfficeAccounts) {
    registerBackOffice(app, { accounts: options.backOfficeAccounts, forwarding, contract, now });
  }
  await scheduleParkedDraftPurge(app, options.parkedDrafts, now, options.parkedDraftPurgeIntervalMs ?? HOUR_MS);
  registerHealthRoute(app, options.store);
  registerOpenApiRoute(app);
  registerMetricsRoute(app, metrics, options.metricsToken);

  staticFallback = await registerStaticApp(app, options.appDir ?? path.resolve('dist/app'));
  app.setNotFoundHandler(notFound);
  return app;
}

function lowerCaseHeaders(headers: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value === undefined ? undefined : String(value)]));
}

function parseJson(payload: string): unknown {
  try {
    return payload === '' ? undefined : JSON.parse(payload);
  } catch {
    return payload;
  }
}
