/**
 * How busy a database connection pool is, as node-postgres' `Pool` counts it
 * (https://node-postgres.com/apis/pool#properties).
 */
export interface PoolStats {
  /** Connections open, idle or in use (`totalCount`). */
  readonly total: number;
  /** Open connections no query is using (`idleCount`). */
  readonly idle: number;
  /** Queries queued because every connection is in use (`waitingCount`). */
  readonly waiting: number;
}
