import type { PoolConfig } from 'pg';
import type { PostgresConfig } from './PostgresConfig';

/** How long a request waits for a connection (a new one, or a free one of the pool) before it hears "unavailable". */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The node-postgres pool settings of the stores. Every session runs with
 * `synchronous_commit = on`, sent at connect, so a commit is flushed to the write-ahead log on disk
 * before the database answers, whatever the server, database or role default is
 * (https://www.postgresql.org/docs/current/runtime-config-wal.html#GUC-SYNCHRONOUS-COMMIT). Do not
 * put another `options` in the URL: node-postgres lets the URL's win.
 */
export function postgresPoolConfig(config: PostgresConfig): PoolConfig {
  return {
    connectionString: config.databaseUrl,
    max: config.poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    options: '-c synchronous_commit=on',
    application_name: 'hulploket-intake',
  };
}
