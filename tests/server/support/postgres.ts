import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier, escapeLiteral, Pool } from 'pg';

/** Where the tests look without `POSTGRES_ADMIN_URL`: a local server on its usual port, as a container image sets it up. */
const DEFAULT_ADMIN_URL = 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';

/** A fresh database of one test file, owned by a role of its own. */
export interface TestDatabase {
  /** Where the stores connect: the test database, as its owner role (no superuser). */
  readonly url: string;
  readonly name: string;
  /** Runs SQL in the test database as the admin, for what the stores' interfaces do not show. */
  query<Row extends object>(sql: string, values?: readonly unknown[]): Promise<Row[]>;
  /** Closes the admin's connections, then drops the database and its role. */
  drop(): Promise<void>;
}

/** The PostgreSQL server of the tests, reached through an admin role that may create roles and databases. */
export interface TestPostgres {
  /** A new database with a random name, and its owner role. */
  createDatabase(): Promise<TestDatabase>;
  /** Runs SQL as the admin on the admin's own database (ALTER DATABASE, pg_terminate_backend). */
  admin<Row extends object>(sql: string, values?: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/**
 * The PostgreSQL server at `POSTGRES_ADMIN_URL` (default {@link DEFAULT_ADMIN_URL}). When it cannot
 * be reached, the PostgreSQL half of a test file is skipped with one plain line, so a developer
 * without PostgreSQL still runs the SQLite half; with `REQUIRE_POSTGRES=1` (as `.ci/run` sets)
 * that is an error instead.
 */
export async function reachTestPostgres(): Promise<TestPostgres | undefined> {
  const adminUrl = process.env.POSTGRES_ADMIN_URL || DEFAULT_ADMIN_URL;
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    const where = `PostgreSQL not reachable at ${withoutPassword(adminUrl)} (${error instanceof Error ? error.message : String(error)})`;
    if (process.env.REQUIRE_POSTGRES === '1') throw new Error(`${where}, and REQUIRE_POSTGRES=1 asks for it`, { cause: error });
    console.log(`${where}: the PostgreSQL store tests are skipped; see README 'Running on PostgreSQL'`);
    return undefined;
  }
  const adminPool = new Pool({ connectionString: adminUrl, max: 2 });
  const admin = async <Row extends object>(sql: string, values: readonly unknown[] = []) => (await adminPool.query<Row>(sql, [...values])).rows;
  return {
    admin,
    createDatabase: async () => {
      const name = `hv_test_${randomBytes(6).toString('hex')}`;
      const password = randomBytes(12).toString('hex');
      await admin(`CREATE ROLE ${escapeIdentifier(name)} LOGIN PASSWORD ${escapeLiteral(password)}`);
      // Membership lets an admin without superuser make the role an owner and drop what it owns.
      await admin(`GRANT ${escapeIdentifier(name)} TO CURRENT_USER`);
      await admin(`CREATE DATABASE ${escapeIdentifier(name)} OWNER ${escapeIdentifier(name)}`);
      const url = new URL(adminUrl);
      url.username = name;
      url.password = password;
      url.pathname = `/${name}`;
      const inDatabase = new URL(adminUrl);
      inDatabase.pathname = `/${name}`;
      const databasePool = new Pool({ connectionString: inDatabase.href, max: 2 });
      // The drop below (WITH FORCE) and tests that cut connections may end an idle connection of this
      // pool while it closes; pg then emits 'error' on the pool, which without a listener is an uncaught exception.
      databasePool.on('error', () => undefined);
      return {
        url: url.href,
        name,
        query: async <Row extends object>(sql: string, values: readonly unknown[] = []) => (await databasePool.query<Row>(sql, [...values])).rows,
        drop: async () => {
          await databasePool.end();
          await dropDatabase(admin, name);
          await admin(`DROP ROLE IF EXISTS ${escapeIdentifier(name)}`);
        },
      };
    },
    close: () => adminPool.end(),
  };
}

/**
 * DROP DATABASE … WITH (FORCE), again a few times while a session the admin may not end is still
 * in it (42501): an autovacuum worker after a test's many writes, which ends by itself.
 */
async function dropDatabase(admin: (sql: string) => Promise<unknown>, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await admin(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return '(an unreadable URL)';
  }
}
