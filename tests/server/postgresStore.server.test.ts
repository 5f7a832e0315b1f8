// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStores, postgresPoolConfig, UnstorableTextError, type PostgresStores } from '../../server/storage/postgres';
import { asPostgresStoreError } from '../../server/storage/postgres/asPostgresStoreError';
import { postgresMigrations } from '../../server/storage/postgres/postgresMigrations';
import { StoreUnavailableError } from '../../server/applications/ApplicationStore';
import { FILE_CHUNK_BYTES } from '../../server/storage/sqlite/SqliteApplicationStore';
import { fileBytes, sha256 } from './support/files';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { newApplication, sealedDraft } from './support/storeInput';

const postgres = await reachTestPostgres();

/** What only the PostgreSQL stores have to get right: sessions, migrations, and a database that fails. */
describe('the PostgreSQL stores', { skip: postgres === undefined }, () => {
  let database: TestDatabase;
  const opened: PostgresStores[] = [];
  const open = async (poolSize = 2) => {
    const stores = await openPostgresStores({ databaseUrl: database.url, poolSize });
    opened.push(stores);
    return stores;
  };
  beforeAll(async () => {
    database = await postgres!.createDatabase();
  });
  afterAll(async () => {
    await Promise.all(opened.map(({ store }) => store.close()));
    await database.drop();
    await postgres!.close();
  });

  it('migrate once when several instances start at the same moment, each version recorded with its time', async () => {
    const instances = await Promise.all(Array.from({ length: 4 }, () => open()));
    const recorded = await database.query<{ version: number; description: string; applied_at: Date }>('SELECT version, description, applied_at FROM schema_migrations ORDER BY version');
    expect(recorded.map(({ version, description }) => ({ version, description }))).toEqual(postgresMigrations.map(({ description }, index) => ({ version: index + 1, description })));
    for (const { applied_at: appliedAt } of recorded) expect(appliedAt).toBeInstanceOf(Date);
    expect((await instances[3]?.store.checkReady())?.ready).toBe(true);

    // A later start finds nothing to do.
    await open();
    expect(await database.query('SELECT version, applied_at FROM schema_migrations ORDER BY version')).toEqual(recorded.map(({ version, applied_at }) => ({ version, applied_at })));
  });

  it('commit with synchronous_commit on, even where the database default is off', async () => {
    await postgres!.admin(`ALTER DATABASE ${database.name} SET synchronous_commit = off`);
    try {
      const plain = new Client({ connectionString: database.url });
      const asStores = new Client(postgresPoolConfig({ databaseUrl: database.url, poolSize: 1 }));
      await Promise.all([plain.connect(), asStores.connect()]);
      expect((await plain.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0]?.synchronous_commit).toBe('off');
      expect((await asStores.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0]?.synchronous_commit).toBe('on');
      await Promise.all([plain.end(), asStores.end()]);
    } finally {
      await postgres!.admin(`ALTER DATABASE ${database.name} RESET synchronous_commit`);
    }
  });

  it('answer StoreUnavailableError when the database takes no writes, and report not ready', async () => {
    await open();
    await postgres!.admin(`ALTER DATABASE ${database.name} SET default_transaction_read_only = on`);
    try {
      // Like a standby after a failover: the schema is there, writes are refused.
      const readOnly = await open();
      await expect(readOnly.store.saveOnce(newApplication())).rejects.toThrow(StoreUnavailableError);
      await expect(readOnly.parkedDrafts.park('read-only', { sealed: sealedDraft(), storedAt: new Date(), expiresAt: new Date(Date.now() + 60_000) })).rejects.toThrow(StoreUnavailableError);
      expect((await readOnly.store.checkReady()).ready).toBe(false);
    } finally {
      await postgres!.admin(`ALTER DATABASE ${database.name} RESET default_transaction_read_only`);
    }
  });

  it('answer StoreUnavailableError when the server cannot be reached at start', async () => {
    const url = new URL(database.url);
    url.port = String(await closedPort());
    await expect(openPostgresStores({ databaseUrl: url.href, poolSize: 1 })).rejects.toThrow(StoreUnavailableError);
  });

  it('answer StoreUnavailableError when the connection is lost in the middle of a save, store nothing, and save again after', async () => {
    const { store } = await open();
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-lost-'));
    // A named pipe as the temporary file: the save waits on it, inside its transaction, until the test writes.
    const pipe = path.join(dir, 'upload');
    execFileSync('mkfifo', [pipe]);
    // Held open for reading and writing, the pipe never blocks an open: the store may open it before or after
    // the connection is cut, and the test's writes never wait for a reader that has given up.
    const writer = openSync(pipe, constants.O_RDWR | constants.O_NONBLOCK);
    try {
      const bytes = fileBytes('pdf', 2 * FILE_CHUNK_BYTES);
      const input = newApplication({
        files: [{ questionId: 'identityDocument', position: 0, name: 'id.pdf', mediaType: 'application/pdf', size: bytes.length, sha256: sha256(bytes), path: pipe }],
      });
      const saving = store.saveOnce(input).catch((error: unknown) => error);
      const [session] = await waitFor(() => database.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'"));
      await database.query('SELECT pg_terminate_backend($1)', [session?.pid]);
      // What fits in the pipe wakes the store, whose next write then meets the lost connection.
      writeAsMuchAsFits(writer, bytes);
      expect(await saving).toBeInstanceOf(StoreUnavailableError);
      expect(await store.findByIdempotencyKey(input.idempotencyKey)).toBeUndefined();
      expect(await database.query('SELECT id FROM applications WHERE idempotency_key = $1', [input.idempotencyKey])).toEqual([]);
      expect((await store.saveOnce({ ...input, files: [] })).kind).toBe('created');
    } finally {
      closeSync(writer);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PostgreSQL errors as the stores report them', () => {
  it.each([
    ['a full disk', '53100'],
    ['too many connections', '53300'],
    ['a read-only transaction', '25006'],
    ['a connection failure', '08006'],
    ['a server shutting down', '57P01'],
    ['a server still starting', '57P03'],
    ['an I/O error', '58030'],
    ['a deadlock', '40P01'],
    ['a refused connection', 'ECONNREFUSED'],
  ])('reports %s (%s) as StoreUnavailableError, which the service answers with 503', (_what, code) => {
    const error = Object.assign(new Error('database says no'), { code });
    expect(asPostgresStoreError(error)).toBeInstanceOf(StoreUnavailableError);
    expect((asPostgresStoreError(error) as Error).cause).toBe(error);
  });

  it('reports a connection lost without a code as StoreUnavailableError', () => {
    expect(asPostgresStoreError(new Error('Connection terminated unexpectedly'))).toBeInstanceOf(StoreUnavailableError);
  });

  it('reports text PostgreSQL cannot hold as UnstorableTextError', () => {
    expect(asPostgresStoreError(Object.assign(new Error('unsupported Unicode escape sequence'), { code: '22P05' }))).toBeInstanceOf(UnstorableTextError);
  });

  it('leaves every other error as it is (a 500: a fault to look at, not to wait out)', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(asPostgresStoreError(error)).toBe(error);
  });
});

/** Writes into a non-blocking pipe until it is full: whoever reads it may stop at any point. */
function writeAsMuchAsFits(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return;
      throw error;
    }
  }
}

/** A loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Asks again every 20 ms until the answer is not empty (at most 5 s). */
async function waitFor<T>(ask: () => Promise<readonly T[]>): Promise<readonly T[]> {
  for (let tries = 0; tries < 250; tries += 1) {
    const answer = await ask();
    if (answer.length > 0) return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('Still nothing after 5 s');
}
