import type { FastifyInstance } from 'fastify';
import { startAddressStandIn, type AddressStandIn } from './addressLookup/standIn/startAddressStandIn';
import type { PermitRegistry } from './applications/permitRegistry';
import { buildServer } from './app';
import { intakePermits } from './applications/intakePermits';
import { startForwarder } from './forwarding/startForwarder';
import { startCaseStatusPoller } from './forwarding/startCaseStatusPoller';
import { ConfigError } from './ConfigError';
import type { ServerConfig } from './config';
import { plainReason, prepareDataDir } from './storage/prepareDataDir';
import type { TightenedPermissions } from './security/restrictToOwner';
import { createStores, type GeneratedDeviceToken } from './storage/createStores';
import type { TestFaults } from './testFaults/readTestFaults';

/** A running intake service. */
export interface RunningService {
  readonly app: FastifyInstance;
  /** Where it listens, e.g. `http://127.0.0.1:4173`. */
  readonly url: string;
  /** Set when `INTAKE_TOKENS` is not set: the token the service made (now or at an earlier start) and where it keeps it. */
  readonly generatedToken: GeneratedDeviceToken | undefined;
  /** The address service the lookup asks; `standIn` when it is the built-in one (no `ADDRESS_LOOKUP_URL`). */
  readonly addressLookup: { readonly url: string; readonly standIn: boolean };
  /** Where the applications are kept, e.g. `sqlite /srv/data/intake.sqlite` (never a password). */
  readonly database: string;
  /** The Zaken API applications are registered in (`ZGW_CONFIG`); `undefined` when none is configured. */
  readonly forwardingTo: string | undefined;
  /** Files and folders in `DATA_DIR` that others could read, narrowed to the service's own user at start. */
  readonly tightened: readonly TightenedPermissions[];
  /** Stops taking requests, lets running ones finish, then closes the store. */
  stop(): Promise<void>;
}

/**
 * Opens the stores (PostgreSQL with `DATABASE_URL`, else SQLite under `DATA_DIR`, creating the
 * directory, which holds the upload spill either way), builds the service and listens.
 * A `DATA_DIR` that cannot be used, a database that cannot be opened, or a `PORT`/`HOST` that
 * cannot be listened on is a `ConfigError` with one sentence naming the variable.
 * Without `ADDRESS_LOOKUP_URL` it also starts the address service's stand-in on a loopback port
 * and looks addresses up there.
 * Shared by `main.ts`, the benchmark and the durability test, so all three run the same thing.
 *
 * @param options.permits forms to accept; default every permit in `src/definitions` with its previous versions.
 * @param options.logLevel default `info`.
 * @param options.testFaults test only (see `testFaults/readTestFaults.ts`); default none.
 */
export async function startService(
  config: ServerConfig,
  options: { permits?: PermitRegistry; logLevel?: string; testFaults?: TestFaults } = {},
): Promise<RunningService> {
  const tightened = prepareDataDir(config.dataDir);
  // Room for the largest application at the upload, in the WAL and in the database file.
  const stores = await createStores(config, 3 * config.maxRequestBytes);
  const { store } = stores;
  let generatedToken: GeneratedDeviceToken | undefined;
  try {
    generatedToken = config.deviceTokens ? undefined : await stores.generatedDeviceToken();
  } catch (error) {
    await stores.close();
    throw error;
  }
  if (generatedToken?.tightened) tightened.push(generatedToken.tightened);
  const standIn: AddressStandIn | undefined = config.addressLookupUrl ? undefined : await startAddressStandIn();
  const addressLookupUrl = config.addressLookupUrl ?? standIn?.url ?? '';
  const app = await buildServer({
    store,
    parkedDrafts: stores.parkedDrafts,
    rateBudgets: stores.rateBudgets,
    // The worklist is served once a forwarding store is given too (BuildServerOptions.forwarding).
    backOfficeAccounts: stores.backOfficeAccounts,
    deviceTokens: config.deviceTokens ?? (generatedToken ? [generatedToken.token] : []),
    dataDir: config.dataDir,
    appDir: config.appDir,
    maxFileBytes: config.maxFileBytes,
    maxRequestBytes: config.maxRequestBytes,
    maxFiles: config.maxFiles,
    rateLimitPerMinute: config.rateLimitPerMinute,
    readsPerMinute: config.readsPerMinute,
    maxParkedDraftBytes: config.maxParkedDraftBytes,
    parkedDraftDays: config.parkedDraftDays,
    sentParkedDraftDays: config.sentParkedDraftDays,
    parkedDraftLookupsPerMinute: config.parkedDraftLookupsPerMinute,
    addressLookupUrl,
    addressLookupsPerMinute: config.addressLookupsPerMinute,
    statusLookups: stores.statusLookups,
    statusLookupsPerMinute: config.statusLookupsPerMinute,
    statusLockAfterMisses: config.statusLockAfterMisses,
    statusLockMinutes: config.statusLockMinutes,
    timeouts: config.timeouts,
    trustProxy: config.trustProxy,
    ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
    ...(stores.poolStats ? { storePool: stores.poolStats } : {}),
    ...(options.permits ? { permits: options.permits } : {}),
    ...(options.testFaults ? { testFaults: options.testFaults } : {}),
    ...(config.zgw ? { forwarding: stores.forwarding, caseStatuses: stores.caseStatus } : {}),
    logLevel: options.logLevel ?? 'info',
  });
  let url: string;
  try {
    url = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await stores.close();
    await standIn?.close();
    throw listenError(error, config);
  }
  // Applications received while the case system was away (or before it was configured) wait
  // in the outbox; the forwarder registers them from the start.
  const forwarder = config.zgw
    ? startForwarder({ store: stores.forwarding, config: config.zgw, permits: options.permits ?? intakePermits, log: app.log })
    : undefined;
  // The status page's snapshots (stores.caseStatus) are kept up to date from the case system.
  const caseStatusPoller = config.zgw ? startCaseStatusPoller({ store: stores.caseStatus, config: config.zgw, log: app.log }) : undefined;
  return {
    app,
    url,
    generatedToken,
    addressLookup: { url: addressLookupUrl, standIn: standIn !== undefined },
    database: stores.description,
    forwardingTo: config.zgw?.zakenApi,
    tightened,
    stop: async () => {
      await app.close();
      await forwarder?.stop();
      await caseStatusPoller?.stop();
      await stores.close();
      await standIn?.close();
    },
  };
}

/** Why the service cannot listen, naming the setting to change. */
function listenError(error: unknown, { port, host }: ServerConfig): unknown {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return new ConfigError(`PORT ${port} is already in use on HOST ${host}; choose another PORT or stop what uses it.`);
    case 'EACCES':
      return new ConfigError(`PORT ${port} may not be used by this user on HOST ${host} (ports below 1024 need extra rights); choose another PORT.`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ConfigError(`HOST ${host} is not an address of this machine; use 127.0.0.1 or 0.0.0.0.`);
    default:
      return error;
  }
}

/** Stops the service cleanly on SIGTERM and SIGINT, once, then exits. */
export function stopOnSignals(service: RunningService, onStop: (signal: string) => void = () => {}): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    onStop(signal);
    service.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
