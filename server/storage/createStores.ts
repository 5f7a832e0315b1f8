import path from 'node:path';
import type { ServerConfig } from '../config';
import { ConfigError } from '../config';
import { plainReason } from './prepareDataDir';
import type { RateBudgets } from '../security/RateBudgets';
import { memoryRateBudgets } from './memory/memoryRateBudgets';
import type { ApplicationStore } from '../applications/ApplicationStore';
import type { ParkedDraftStore } from '../parkedDrafts/ParkedDraftStore';
import type { BackOfficeAccountStore } from '../backOffice/BackOfficeAccountStore';
import { DATABASE_FILE, SqliteApplicationStore } from './sqlite/SqliteApplicationStore';
import { openPostgresStores } from './postgres';

/** Everything the service keeps, on one database; routes and checks never know which. */
export interface Stores {
  readonly store: ApplicationStore;
  readonly parkedDrafts: ParkedDraftStore;
  readonly rateBudgets: RateBudgets;
  /** The municipality's back-office accounts and their sessions (the worklist's sign-in). */
  readonly backOfficeAccounts: BackOfficeAccountStore;
  /** `sqlite <file>` or `postgresql <host>/<database>`, for the start-up line (never a password). */
  readonly description: string;
  close(): Promise<void>;
}

/**
 * The stores `config` asks for: PostgreSQL when `DATABASE_URL` is set (shared by every instance,
 * schema brought up to date at start), else the SQLite file in `DATA_DIR` (one instance).
 * @param minFreeBytes SQLite only: below this much free disk a save is refused with 503 rather than failing halfway.
 * @throws ConfigError with one sentence naming the setting when the database cannot be opened.
 */
export async function createStores(config: ServerConfig, minFreeBytes: number): Promise<Stores> {
  if (config.postgres) {
    const url = new URL(config.postgres.databaseUrl);
    try {
      const { store, parkedDrafts, rateBudgets, backOfficeAccounts } = await openPostgresStores(config.postgres);
      return { store, parkedDrafts, rateBudgets, backOfficeAccounts, description: `postgresql ${url.host}${url.pathname}`, close: () => store.close() };
    } catch (error) {
      // What PostgreSQL said (wrong password, no such database, not reachable), not our wrapper.
      const reason = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      throw new ConfigError(`DATABASE_URL: the database ${url.host}${url.pathname} cannot be used: ${plainReason(reason)}.`);
    }
  }
  try {
    const store = new SqliteApplicationStore(config.dataDir, { minFreeBytes });
    return {
      store,
      parkedDrafts: store.parkedDrafts,
      rateBudgets: memoryRateBudgets(),
      backOfficeAccounts: store.backOfficeAccounts,
      description: `sqlite ${path.join(config.dataDir, DATABASE_FILE)}`, close: () => store.close() };
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${config.dataDir}: the database cannot be opened: ${plainReason(error)}.`);
  }
}
