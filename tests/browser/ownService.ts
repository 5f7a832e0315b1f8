import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { reachTestPostgres, type TestPostgres } from '../server/support/postgres';
import { postgresStoredRows } from '../server/support/postgresStoredRows';
import { sqliteStoredRows, type StoredRows } from '../server/support/storedRows';
import { TEST_DEVICE_TOKEN } from './deviceToken';

export interface OwnService {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The built service as a process of a test's own (next to the shared one of playwright.config.ts),
 * on a free port, for tests that need another app folder or a test-only setting. Without
 * `DATABASE_URL` in `env` it stores in SQLite in `dataDir`.
 */
export async function startOwnService(options: { dataDir: string; appDir?: string; env?: Record<string, string> }): Promise<OwnService> {
  const server = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      // Empty is unset (server/config.ts): not a database the shell running the tests points at.
      DATABASE_URL: '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      INTAKE_TOKENS: TEST_DEVICE_TOKEN,
      LOG_LEVEL: 'warn',
      ...(options.appDir ? { APP_DIR: options.appDir } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    let printed = '';
    server.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const address = /http:\/\/localhost:(\d+)/.exec(printed);
      if (address?.[1]) resolve(address[1]);
    });
    server.once('exit', (code) => reject(new Error(`The server stopped before it listened (exit code ${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const stopped = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await stopped;
    },
  };
}

/** Where the intake service under test stores: the project's choice in playwright.config.ts. */
export type IntakeStore = 'sqlite' | 'postgres';

/** The service a test's relative addresses go to, and, for a service of the test's own, what it stored. */
interface ServiceUnderTest {
  readonly url: string;
  readonly stored: StoredRows | undefined;
}

interface IntakeTestFixtures {
  /** A test-only fault or low limit for a service of the test's own; `undefined`: the shared service will do. */
  ownServiceEnv: Record<string, string> | undefined;
  serviceUnderTest: ServiceUnderTest;
  serviceUrl: string;
  /** What the test's own service stored, straight from its store (its SQLite file or its PostgreSQL database). */
  stored: StoredRows;
}

interface IntakeWorkerFixtures {
  intakeStore: IntakeStore;
  /** The PostgreSQL server of the tests, in the `postgres` project; `undefined` when it cannot be reached (and may be skipped). */
  testPostgres: TestPostgres | undefined;
}

/**
 * Browser tests whose relative addresses go to the real intake service on the project's store.
 * SQLite: the shared service of playwright.config.ts. PostgreSQL: one service per test, on a fresh
 * database and owner role of its own, dropped after the test: a service holds no state of a test
 * outside its store, so one per test costs about a second and keeps the tests apart. Tagged
 * `@postgres`, a test of this `test` runs in the `postgres` project too.
 */
export const test = base.extend<IntakeTestFixtures, IntakeWorkerFixtures>({
  intakeStore: ['sqlite', { option: true, scope: 'worker' }],
  testPostgres: [
    async ({ intakeStore }, use) => {
      // Skipped (undefined) or, with REQUIRE_POSTGRES=1, failed here: see reachTestPostgres.
      const postgres = intakeStore === 'postgres' ? await reachTestPostgres() : undefined;
      await use(postgres);
      await postgres?.close();
    },
    { scope: 'worker' },
  ],
  ownServiceEnv: async ({}, use) => use(undefined),
  serviceUnderTest: async ({ intakeStore, testPostgres, ownServiceEnv }, use, testInfo) => {
    if (intakeStore === 'postgres' && !testPostgres) {
      testInfo.skip(true, "PostgreSQL not reachable (see POSTGRES_ADMIN_URL and README 'Running on PostgreSQL')");
      return;
    }
    if (intakeStore === 'sqlite' && ownServiceEnv === undefined) {
      await use({ url: testInfo.project.use.baseURL ?? '', stored: undefined });
      return;
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'hulploket-own-'));
    const database = await testPostgres?.createDatabase();
    try {
      const service = await startOwnService({ dataDir, env: { ...ownServiceEnv, ...(database ? { DATABASE_URL: database.url } : {}) } });
      try {
        await use({ url: service.url, stored: database ? postgresStoredRows(database) : sqliteStoredRows(dataDir) });
      } finally {
        await service.stop();
      }
    } finally {
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  serviceUrl: async ({ serviceUnderTest }, use) => use(serviceUnderTest.url),
  baseURL: async ({ serviceUnderTest }, use) => use(serviceUnderTest.url),
  stored: async ({ serviceUnderTest }, use) => {
    if (!serviceUnderTest.stored) throw new Error('Only a test on a service of its own (onOwnService) reads what the service stored');
    await use(serviceUnderTest.stored);
  },
});

/**
 * Tests whose relative addresses go to the real service of their own, started with `env` (a
 * test-only fault or a low limit) on a fresh store, which the test can read (`stored`).
 */
export function onOwnService(env: Record<string, string> = {}) {
  return test.extend({ ownServiceEnv: async ({}, use) => use(env) });
}
