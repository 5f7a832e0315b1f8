import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { TOKEN } from './testServer';

/** The built service with the test form, running as a process of its own. */
export interface BuiltService {
  readonly child: ChildProcess;
  readonly url: string;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  /** Stops it with SIGTERM and waits until it has ended. */
  stop(): Promise<void>;
}

/**
 * Starts `serviceWithTestForm.js` from `buildService()` on a free loopback port with `dataDir`,
 * the test token, a rate no test reaches, and `env` on top. In a process of its own, the service
 * and a test's client do not share an event loop, so the timing between them is as on a network.
 */
export async function startBuiltService(buildDir: string, dataDir: string, env: Record<string, string> = {}): Promise<BuiltService> {
  const child = spawn(process.execPath, [path.join(buildDir, 'serviceWithTestForm.js')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      INTAKE_TOKENS: TOKEN,
      APP_DIR: path.join(dataDir, 'no-app'),
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => reject(new Error('The service stopped before listening')));
  });
  return {
    child,
    url,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
