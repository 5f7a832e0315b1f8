import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { startAddressStandIn, type AddressStandIn } from './addressLookup/standIn/startAddressStandIn';
import type { PermitRegistry } from './applications/permitRegistry';
import { buildServer } from './app';
import type { ServerConfig } from './config';
import { DEVICE_TOKEN_FILE, readOrCreateDeviceToken } from './security/deviceTokenFile';
import { DATABASE_FILE, SqliteApplicationStore } from './store/SqliteApplicationStore';
import { tightenDataDir } from './startup/tightenDataDir';
import type { TestFaults } from './testFaults';

/** A running intake service. */
export interface RunningService {
  readonly app: FastifyInstance;
  /** Where it listens, e.g. `http://127.0.0.1:4173`. */
  readonly url: string;
  /** Set when the token came from (or was just written to) `$DATA_DIR/device-token`. */
  readonly tokenFile: { readonly token: string; readonly file: string; readonly created: boolean } | undefined;
  /** The address service the lookup asks; `standIn` when it is the built-in one (no `ADDRESS_LOOKUP_URL`). */
  readonly addressLookup: { readonly url: string; readonly standIn: boolean };
  /** Stops taking requests, lets running ones finish, then closes the store. */
  stop(): Promise<void>;
}

/**
 * Opens the store under `DATA_DIR` (creating the directory), builds the service and listens.
 * Without `ADDRESS_LOOKUP_URL` it also starts the address service's stand-in on a loopback port
 * and looks addresses up there.
 * Shared by `main.ts`, the benchmark and the durability test, so all three run the same thing.
 *
 * @param options.permits forms to accept; default every permit in `src/definitions` with its previous versions.
 * @param options.logLevel default `info`.
 * @param options.testFaults test only (see `testFaults.ts`); default none.
 */
export async function startService(
  config: ServerConfig,
  options: { permits?: PermitRegistry; logLevel?: string; testFaults?: TestFaults } = {},
): Promise<RunningService> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const tokenFile = config.deviceTokens ? undefined : readOrCreateDeviceToken(config.dataDir);
  const store = new SqliteApplicationStore(config.dataDir);
  // SQLite gives its WAL and shared-memory files the database file's mode, so 0600 there covers them.
  const tightened = tightenDataDir(config.dataDir, [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, DEVICE_TOKEN_FILE]);
  const standIn: AddressStandIn | undefined = config.addressLookupUrl ? undefined : await startAddressStandIn();
  const addressLookupUrl = config.addressLookupUrl ?? standIn?.url ?? '';
  const app = await buildServer({
    store,
    parkedDrafts: store.parkedDrafts,
    deviceTokens: config.deviceTokens ?? (tokenFile ? [tokenFile.token] : []),
    dataDir: config.dataDir,
    appDir: config.appDir,
    maxFileBytes: config.maxFileBytes,
    maxRequestBytes: config.maxRequestBytes,
    maxFiles: config.maxFiles,
    rateLimitPerMinute: config.rateLimitPerMinute,
    readsPerMinute: config.readsPerMinute,
    maxParkedDraftBytes: config.maxParkedDraftBytes,
    parkedDraftDays: config.parkedDraftDays,
    parkedDraftLookupsPerMinute: config.parkedDraftLookupsPerMinute,
    addressLookupUrl,
    addressLookupsPerMinute: config.addressLookupsPerMinute,
    ...(options.permits ? { permits: options.permits } : {}),
    ...(options.testFaults ? { testFaults: options.testFaults } : {}),
    logLevel: options.logLevel ?? 'info',
  });
  for (const target of tightened) app.log.warn({ path: target }, 'mode tightened: only the service user may read it now');
  const url = await app.listen({ port: config.port, host: config.host });
  return {
    app,
    url,
    tokenFile,
    addressLookup: { url: addressLookupUrl, standIn: standIn !== undefined },
    stop: async () => {
      await app.close();
      await store.close();
      await standIn?.close();
    },
  };
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
