import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';

/** A new, empty database for one bench run, owned by a role of its own (no superuser), as production runs. */
export interface BenchDatabase {
  /** `DATABASE_URL` for the service: the database, as its owner role. */
  readonly url: string;
  /** `host:port/name`, without a password, for the table. */
  readonly where: string;
  /** Drops the database (closing what is still connected) and its role. */
  drop(): Promise<void>;
}

/** Why the PostgreSQL figures are missing: a sentence for the table, and what the server said. */
export interface NotMeasured {
  readonly reason: string;
  readonly detail?: string;
}

/**
 * Creates the bench's throw-away database through the admin URL in `POSTGRES_ADMIN_URL` (the
 * tests' variable; `.ci/postgres.sh` sets it up), the same way tests/server/support/postgres.ts
 * makes one per test file. Never throws: without the variable or a server it says why.
 */
export async function createBenchDatabase(adminUrl: string | undefined): Promise<BenchDatabase | NotMeasured> {
  if (!adminUrl) return { reason: 'POSTGRES_ADMIN_URL not set' };
  const admin = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  // A server that goes away later must not end the bench with an unhandled 'error' event.
  admin.on('error', () => undefined);
  try {
    await admin.connect();
  } catch (error) {
    return { reason: `PostgreSQL not reachable at ${withoutPassword(adminUrl)}`, detail: error instanceof Error ? error.message : String(error) };
  }
  const name = `hv_bench_${randomBytes(6).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${escapeIdentifier(name)}`);
    await admin.end();
  };
  try {
    await admin.query(`CREATE ROLE ${escapeIdentifier(name)} LOGIN PASSWORD ${escapeLiteral(password)}`);
    // Membership lets an admin without superuser make the role an owner and drop what it owns.
    await admin.query(`GRANT ${escapeIdentifier(name)} TO CURRENT_USER`);
    await admin.query(`CREATE DATABASE ${escapeIdentifier(name)} OWNER ${escapeIdentifier(name)}`);
  } catch (error) {
    await drop().catch(() => admin.end());
    return { reason: `PostgreSQL at ${withoutPassword(adminUrl)} would not make a database`, detail: error instanceof Error ? error.message : String(error) };
  }
  const url = new URL(adminUrl);
  url.username = name;
  url.password = password;
  url.pathname = `/${name}`;
  return { url: url.href, where: `${url.host}/${name}`, drop };
}

export function isBenchDatabase(database: BenchDatabase | NotMeasured): database is BenchDatabase {
  return 'url' in database;
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
