import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

export const WORKLIST_USER = 'jansen';
export const WORKLIST_PASSWORD = 'een lang wachtwoord 42';

/** The running test service of `worklistServiceEntry.ts`. */
export interface WorklistService {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Builds `worklistServiceEntry.ts` with the service's own build settings (it imports catalogues
 * through Vite) and starts it on a free loopback port with a fresh data directory.
 */
export async function startWorklistService(): Promise<WorklistService> {
  const parent = path.resolve('node_modules/.cache/worklist-browser-test');
  mkdirSync(parent, { recursive: true });
  const outDir = mkdtempSync(path.join(parent, 'build-'));
  await build({
    configFile: path.resolve('vite.server.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, sourcemap: false, rolldownOptions: { input: { worklistService: path.resolve('tests/browser/support/worklistServiceEntry.ts') } } },
  });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hulploket-worklist-'));
  const server = spawn(process.execPath, [path.join(outDir, 'worklistService.js')], {
    env: { ...process.env, DATA_DIR: dataDir, WORKLIST_USER, WORKLIST_PASSWORD },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let printed = '';
    server.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(printed);
      if (found?.[1]) resolve(found[1]);
    });
    server.once('exit', (code) => reject(new Error(`The worklist service stopped before it listened (exit code ${code})`)));
  });
  return {
    url,
    async stop() {
      const stopped = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await stopped;
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
