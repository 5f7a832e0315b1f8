import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { TEST_DEVICE_TOKEN } from './deviceToken';

export interface OwnService {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The built service as a process of a test's own (next to the shared one of playwright.config.ts),
 * on a free port, for tests that need another app folder or a test-only setting.
 */
export async function startOwnService(options: { dataDir: string; appDir?: string; env?: Record<string, string> }): Promise<OwnService> {
  const server = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
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


/**
 * Tests whose relative addresses go to the real service of their own, started with `env` (a
 * test-only fault or a low limit) and a fresh data directory, which the test can read (`dataDir`:
 * what the service stored, straight from its disk).
 */
export function onOwnService(env: Record<string, string> = {}) {
  return test.extend<{ dataDir: string; serviceUrl: string }>({
    dataDir: async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'hulploket-own-'));
      await use(dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    },
    serviceUrl: async ({ dataDir }, use) => {
      const service = await startOwnService({ dataDir, env });
      await use(service.url);
      await service.stop();
    },
    baseURL: async ({ serviceUrl }, use) => use(serviceUrl),
  });
}
