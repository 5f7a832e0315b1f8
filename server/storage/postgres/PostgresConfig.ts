/** Where the PostgreSQL stores live and how many connections one instance of the service keeps. */
export interface PostgresConfig {
  /** A libpq connection URL, e.g. `postgresql://intake:secret@db.example:5432/intake`. */
  readonly databaseUrl: string;
  /** Most connections this instance opens at once (the pool size); each save holds one until it commits. */
  readonly poolSize: number;
}
