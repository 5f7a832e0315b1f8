import { CONFIG_ERROR_EXIT_CODE, ConfigError } from './ConfigError';
import { readDataDir, readPostgres } from './config';
import { moveToPostgres, MoveRefusedError, reportLines } from './storage/moveToPostgres';

/**
 * Moves the SQLite database of a stopped service into PostgreSQL, once:
 * `DATA_DIR=… DATABASE_URL=… node dist/server/moveToPostgres.js` (`npm run move-to-postgres`).
 * README "Van SQLite naar PostgreSQL / moving from SQLite" says when and how. Exits 0 when all
 * was copied (or was there already) and read back equal; 78 for a setting to fix; 1 otherwise,
 * with one plain line, or a line per difference naming its reference.
 */
async function main(): Promise<void> {
  let dataDir: string;
  let databaseUrl: string;
  try {
    dataDir = readDataDir();
    const postgres = readPostgres();
    if (!postgres) throw new ConfigError('DATABASE_URL is not set: set it to the PostgreSQL database to move into, such as postgresql://intake:secret@db.example:5432/intake.');
    databaseUrl = postgres.databaseUrl;
    const report = await moveToPostgres(dataDir, postgres);
    const { out, errors } = reportLines(report, databaseName(databaseUrl));
    for (const line of out) console.log(line);
    for (const line of errors) console.error(line);
    if (errors.length > 0) process.exitCode = 1;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuratiefout / configuration error: ${error.message}`);
      process.exit(CONFIG_ERROR_EXIT_CODE);
    }
    if (error instanceof MoveRefusedError) {
      console.error(`Niet verplaatst / not moved: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

/** Host, port and database of the URL, never its user or password. */
function databaseName(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

/** The message of an error, or of the errors inside one (a connection refused on every address of a host). */
function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') return error.errors.map(messageOf).join('; ');
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  // One line; a copy is never left halfway in PostgreSQL (one transaction), so the move can simply run again.
  console.error(`De verplaatsing is mislukt / the move failed: ${messageOf(error).replace(/\s*\n\s*/g, ' ')}`);
  process.exit(1);
});
