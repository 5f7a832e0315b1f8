import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './bench/chromium';
import { TEST_DEVICE_TOKEN } from './tests/browser/deviceToken';
import type { IntakeStore } from './tests/browser/ownService';

/**
 * The port the browser tests run the real intake service and app on: `BROWSER_TEST_PORT`, or one
 * the system reports free, so a service left running by an earlier run cannot fail this one. The
 * choice goes into the environment because Playwright's worker processes load this file again and
 * inherit the runner's environment: they must agree on the port.
 */
process.env.BROWSER_TEST_PORT ??= execFileSync(
  process.execPath,
  ['-e', "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); })"],
  { encoding: 'utf8' },
);
const PORT = Number(process.env.BROWSER_TEST_PORT);

/**
 * Browser tests run in Debian's Chromium against the built app and the real intake service on
 * loopback, with a fresh data directory per run. Flags keep Chromium off the (closed) network.
 * Project `sqlite` runs every test on the embedded store; project `postgres` runs the tests tagged
 * `@postgres` (sending, exactly once, attachments, the service's refusals) again, each on a service
 * with a fresh PostgreSQL database (tests/browser/ownService.ts): skipped when PostgreSQL cannot be
 * reached, failed instead with REQUIRE_POSTGRES=1 (README 'Running on PostgreSQL').
 */
export default defineConfig<{ intakeStore: IntakeStore }>({
  testDir: 'tests/browser',
  testMatch: '**/*.browser.test.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
  projects: [
    { name: 'sqlite', use: { baseURL: `http://127.0.0.1:${PORT}` } },
    // No baseURL of the shared (SQLite) service here: a tagged test that does not use the `test` of
    // ownService.ts would otherwise run on SQLite unseen; without one its first page.goto fails.
    { name: 'postgres', grep: /@postgres/, use: { intakeStore: 'postgres' } },
  ],
  webServer: {
    command: 'node dist/server/main.js',
    url: `http://127.0.0.1:${PORT}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'hulploket-browser-')),
      // Empty is unset (server/config.ts): SQLite in DATA_DIR, not a database the shell points at.
      DATABASE_URL: '',
      INTAKE_TOKENS: TEST_DEVICE_TOKEN,
      RATE_LIMIT_PER_MINUTE: '10000',
    },
  },
});
