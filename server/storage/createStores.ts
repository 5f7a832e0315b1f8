import path from 'node:path';
import type { ServerConfig } from '../config';
import { ConfigError } from '../ConfigError';
import { plainReason } from './prepareDataDir';
import type { RateBudgets } from '../security/RateBudgets';
import { memoryRateBudgets } from './memory/memoryRateBudgets';
import type { ApplicationStore } from '../applications/ApplicationStore';
import type { ParkedDraftStore } from '../parkedDrafts/ParkedDraftStore';
import type { ForwardingStore } from '../forwarding/ForwardingStore';
import type { BackOfficeAccountStore } from '../backOffice/BackOfficeAccountStore';
import type { CaseStatusPollStore } from '../forwarding/CaseStatusPollStore';
import type { StatusLookupStore } from '../status/StatusLookupStore';
import { DATABASE_FILE, SqliteApplicationStore } from './sqlite/SqliteApplicationStore';
import { openPostgresStores } from './postgres';
import type { PoolStats } from '../metrics';
import { readOrCreateDeviceToken } from '../security/deviceTokenFile';
import type { TightenedPermissions } from '../security/restrictToOwner';

/** Everything the service keeps, on one database; routes and checks never know which. */
export interface Stores {
  readonly store: ApplicationStore;
  readonly parkedDrafts: ParkedDraftStore;
  /** The forwarding outbox: every application the store saves, on its way into the case system. */
  readonly forwarding: ForwardingStore;
  readonly rateBudgets: RateBudgets;
  /** The municipality's back-office accounts and their sessions (the worklist's sign-in). */
  readonly backOfficeAccounts: BackOfficeAccountStore;
  /**
   * The last snapshot of each registered application's zaak: written by the case-status poller,
   * read (as a `CaseStatusStore`) by the status page.
   */
  readonly caseStatus: CaseStatusPollStore;
  /** The status lookup's reads of the applications, and its misses per reference. */
  readonly statusLookups: StatusLookupStore;
  /** `sqlite <file>` or `postgresql <host>/<database>`, for the start-up line (never a password). */
  readonly description: string;
  /** The database pool's connections now, for `/metrics`; PostgreSQL only. */
  readonly poolStats?: () => PoolStats;
  /**
   * The device token of a fresh install, used when `INTAKE_TOKENS` is not set: made at the first
   * start and kept where every instance of this storage finds it (a file in `DATA_DIR` for SQLite,
   * the database for PostgreSQL).
   */
  generatedDeviceToken(): Promise<GeneratedDeviceToken>;
  close(): Promise<void>;
}

/** A device token the service made itself, and where it keeps it. */
export interface GeneratedDeviceToken {
  readonly token: string;
  /** The file, or `database <host>/<database>`. */
  readonly where: string;
  readonly created: boolean;
  /** Set when the token file was readable by others and has been narrowed to its owner. */
  readonly tightened?: TightenedPermissions;
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
      const stores = await openPostgresStores(config.postgres);
      const database = `${url.host}${url.pathname}`;
      return {
        store: stores.store,
        parkedDrafts: stores.parkedDrafts,
        forwarding: stores.forwarding,
        backOfficeAccounts: stores.backOfficeAccounts,
        caseStatus: stores.caseStatus,
        statusLookups: stores.statusLookups,
        rateBudgets: stores.rateBudgets,
        description: `postgresql ${database}`,
        poolStats: stores.poolStats,
        generatedDeviceToken: async () => ({ ...(await stores.generatedDeviceToken()), where: `database ${database}` }),
        close: () => stores.store.close(),
      };
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
      forwarding: store.forwarding,
      backOfficeAccounts: store.backOfficeAccounts,
      caseStatus: store.caseStatus,
      statusLookups: store.statusLookups,
      rateBudgets: memoryRateBudgets(),
      description: `sqlite ${path.join(config.dataDir, DATABASE_FILE)}`,
      generatedDeviceToken: async () => tokenFileIn(config.dataDir),
      close: () => store.close(),
    };
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${config.dataDir}: the database cannot be opened: ${plainReason(error)}.`);
  }
}

function tokenFileIn(dataDir: string): GeneratedDeviceToken {
  try {
    const { file, ...token } = readOrCreateDeviceToken(dataDir);
    return { ...token, where: file };
  } catch (error) {
    throw new ConfigError(`DATA_DIR: the device token file cannot be read or written: ${plainReason(error)}; or set INTAKE_TOKENS.`);
  }
}
