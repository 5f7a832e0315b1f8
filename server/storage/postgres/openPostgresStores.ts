import { Pool } from 'pg';
import type { PoolStats } from '../../metrics';
import type { ApplicationStore } from '../../applications/ApplicationStore';
import type { ParkedDraftStore } from '../../parkedDrafts/ParkedDraftStore';
import type { ForwardingStore } from '../../forwarding/ForwardingStore';
import { asPostgresStoreError } from './asPostgresStoreError';
import { migratePostgres } from './migratePostgres';
import type { PostgresConfig } from './PostgresConfig';
import { PostgresApplicationStore } from './PostgresApplicationStore';
import { PostgresForwardingStore } from './PostgresForwardingStore';
import { PostgresCaseStatusStore } from './PostgresCaseStatusStore';
import type { CaseStatusPollStore } from '../../forwarding/CaseStatusPollStore';
import { PostgresParkedDraftStore } from './PostgresParkedDraftStore';
import type { BackOfficeAccountStore } from '../../backOffice/BackOfficeAccountStore';
import { PostgresBackOfficeAccountStore } from './PostgresBackOfficeAccountStore';
import { PostgresStatusLookupStore } from './PostgresStatusLookupStore';
import type { StatusLookupStore } from '../../status/StatusLookupStore';
import { postgresPoolConfig } from './postgresPoolConfig';
import { postgresRateBudgets } from './postgresRateBudgets';
import { readOrCreatePostgresDeviceToken } from './postgresDeviceToken';
import type { RateBudgets } from '../../security/RateBudgets';

/** The stores of the service on one PostgreSQL pool; `store.close()` ends the pool. */
export interface PostgresStores {
  readonly store: ApplicationStore;
  readonly parkedDrafts: ParkedDraftStore;
  /** The forwarding outbox, filled by the application store's saves, shared by every instance on this database. */
  readonly forwarding: ForwardingStore;
  /** The per-device request budgets, shared by every instance on this database. */
  readonly rateBudgets: RateBudgets;
  /** Back-office accounts and sessions, shared by every instance on this database. */
  readonly backOfficeAccounts: BackOfficeAccountStore;
  /** The snapshots of the registered applications' zaken, polled by one instance at a time each. */
  readonly caseStatus: CaseStatusPollStore;
  /** The status lookup's reads and its misses per reference, shared by every instance on this database. */
  readonly statusLookups: StatusLookupStore;
  /** The pool's connections now, for the `/metrics` gauges (`BuildServerOptions.storePool`). */
  poolStats(): PoolStats;
  /** The generated device token every instance shares (see `readOrCreatePostgresDeviceToken`). */
  generatedDeviceToken(): Promise<{ token: string; created: boolean }>;
}

/**
 * Opens a pool on `config.databaseUrl`, brings the schema up to date (safe when several instances
 * start at once) and returns the stores on it.
 * @throws StoreUnavailableError when the database cannot be reached or migrated now.
 */
export async function openPostgresStores(config: PostgresConfig): Promise<PostgresStores> {
  const pool = new Pool(postgresPoolConfig(config));
  // An idle connection that the server closes (restart, failover) is dropped by the pool and the
  // next query opens a new one; the pool reports it as an event, which would end the process
  // without a listener.
  pool.on('error', () => undefined);
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw asPostgresStoreError(error);
  }
  const store = new PostgresApplicationStore(pool);
  return {
    store,
    parkedDrafts: new PostgresParkedDraftStore(pool),
    forwarding: new PostgresForwardingStore(pool, (reference) => store.findFiles(reference)),
    rateBudgets: postgresRateBudgets(pool),
    generatedDeviceToken: () => readOrCreatePostgresDeviceToken(pool),
    backOfficeAccounts: new PostgresBackOfficeAccountStore(pool),
    caseStatus: new PostgresCaseStatusStore(pool),
    statusLookups: new PostgresStatusLookupStore(pool),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}
