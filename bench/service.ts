import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The device token the bench's service accepts and the bench links its browser with. */
export const BENCH_DEVICE_TOKEN = 'bench-device-token-0123456789abcdefghij';

export interface RunningService {
  /** `http://127.0.0.1:<port>`: the app and the API on one origin. */
  readonly origin: string;
  /** The copy of the built app the service serves (see `startAppService`). */
  readonly appDir: string;
  readonly token: string;
  stop(): Promise<void>;
}

/**
 * Starts the production build (`node dist/server/main.js`, serving the app and the API) on a
 * free loopback port, with a temporary `DATA_DIR`, the bench's device token and a rate limit far
 * above what the bench sends, and resolves once `/api/v1/health` answers. `stop()` ends it and
 * removes its data; call it in a `finally`.
 *
 * It serves a copy of `builtApp` (`APP_DIR`), and the bench measures that copy: a rebuild of
 * dist/app while the bench runs (`npm test` in another terminal) would otherwise swap the hashed
 * files under it and turn requests into 404s.
 */
export async function startAppService(builtApp: string): Promise<RunningService> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hulploket-bench-'));
  const appDir = path.join(dataDir, 'app');
  cpSync(builtApp, appDir, { recursive: true });
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: path.join(dataDir, 'data'),
      APP_DIR: appDir,
      INTAKE_TOKENS: BENCH_DEVICE_TOKEN,
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  let stopped = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      // Said at once, so the failures that follow (connection refused) have their cause next to them.
      if (!stopped) console.error(`\nThe service at ${origin} (pid ${child.pid}) stopped during the bench: ${signal ? `signal ${signal}` : `exit code ${code}`}\n`);
      resolve();
    }),
  );
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killLater = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killLater);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(origin, exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, appDir, token: BENCH_DEVICE_TOKEN, stop };
}

/** A port the kernel just handed out on loopback; the service binds it a moment later. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))));
    });
  });
}

async function waitForHealth(origin: string, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error('The service stopped before it answered /api/v1/health');
    try {
      const response = await fetch(`${origin}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The service did not answer ${origin}/api/v1/health within 30 s`);
}
