export { openPostgresStores, type PostgresStores } from './openPostgresStores';
export type { PostgresConfig } from './PostgresConfig';
export { postgresPoolConfig } from './postgresPoolConfig';
export { UnstorableTextError } from './UnstorableTextError';
