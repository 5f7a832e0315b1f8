import type { Pool } from 'pg';
import { postgresMigrations } from './postgresMigrations';
import { withClient } from './withClient';
import { withTransaction } from './withTransaction';

/**
 * Key of the session advisory lock that one instance holds while it migrates, so instances that
 * start together migrate one after the other: the second finds the work done. Any fixed number
 * works; this one is "HulpVerg" in ASCII. The lock is per database
 * (https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS).
 */
const MIGRATION_LOCK = 0x48756c7056657267n;

/**
 * Brings the database up to the latest schema: runs every migration not yet recorded in
 * `schema_migrations`, each in its own transaction together with its record. A database that is
 * up to date is only read, so an instance still starts (and reports itself not ready) on a
 * database that takes no writes.
 */
export async function migratePostgres(pool: Pool): Promise<void> {
  await withClient(pool, async (client) => {
    // Held by the session: if this instance dies midway, the server ends the session and frees it.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
    const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS exists");
    if (!rows[0]?.exists) {
      await client.query(`
        CREATE TABLE schema_migrations (
          version     integer PRIMARY KEY,
          description text NOT NULL,
          applied_at  timestamptz NOT NULL DEFAULT now()
        )`);
    }
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
    for (const [index, migration] of postgresMigrations.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      await withTransaction(client, async () => {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [version, migration.description]);
      });
    }
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]);
  });
}
