// @vitest-environment node
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_ERROR_EXIT_CODE } from '../../server/config';
import { buildService } from './support/buildService';

/** `node dist/server/main.js` as a person at the desk starts it. */
describe('the built service (main.js)', () => {
  let buildDir: string;
  let dataDir: string;
  beforeAll(async () => {
    buildDir = await buildService();
    dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'intake-main-')), 'data');
  });
  afterAll(() => {
    rmSync(buildDir, { recursive: true, force: true });
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  /** Starts main.js, waits for the device link, stops it with SIGTERM; returns its output and exit code. */
  async function runOnce(env: Record<string, string>): Promise<{ output: string; code: number | null; linked: string | undefined; lookedUp: unknown }> {
    const child = spawn(process.execPath, [path.join(buildDir, 'main.js')], {
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, APP_DIR: path.join(dataDir, 'no-app'), LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const started = new Promise<void>((resolve) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (/koppelen#token=|INTAKE_TOKENS/.test(output)) resolve();
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      void exited.then(() => resolve());
    });
    await started;
    const port = /draait op http:\/\/localhost:(\d+)/.exec(output)?.[1];
    const token = /koppelen#token=(\S+)/.exec(output)?.[1];
    let linked: string | undefined;
    let lookedUp: unknown;
    if (port && token) {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/applications/HV-2026-000001`, { headers: { authorization: `Bearer ${token}` } });
      linked = String(response.status);
      const lookup = await fetch(`http://127.0.0.1:${port}/api/v1/address-lookup?postcode=1011AB&houseNumber=105`, { headers: { authorization: `Bearer ${token}` } });
      lookedUp = await lookup.json();
    }
    child.kill('SIGTERM');
    return { output, code: await exited, linked, lookedUp };
  }

  it('makes a device token on first start, prints the device link, and reuses the token later', async () => {
    const first = await runOnce({});
    expect(first.output).toMatch(/Hulploket Vergunningen draait op http:\/\/localhost:\d+/);
    expect(first.output).toContain(path.join(dataDir, 'device-token'));
    expect(first.output).toMatch(/http:\/\/localhost:\d+\/koppelen#token=[A-Za-z0-9_-]{43}/);
    // The printed token works: an unknown reference is a 404, not a 401.
    expect(first.linked).toBe('404');
    expect(first.code).toBe(0);
    expect(statSync(path.join(dataDir, 'device-token')).mode & 0o777).toBe(0o600);
    // Nobody but the service user reads the applications or the token.
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dataDir, 'intake.sqlite')).mode & 0o777).toBe(0o600);
    // Without ADDRESS_LOOKUP_URL the built-in stand-in answers, and the start says so.
    expect(first.output).toContain('ADDRESS_LOOKUP_URL is not set');
    expect(first.lookedUp).toMatchObject({ addresses: [{ street: 'Damrak' }, { addition: '2' }, { houseLetter: 'A' }] });
    const second = await runOnce({});
    expect(/#token=(\S+)/.exec(second.output)?.[1]).toBe(/#token=(\S+)/.exec(first.output)?.[1]);
  });

  it('tightens a data directory, database and token file left with loose modes, and says so', async () => {
    await runOnce({});
    chmodSync(dataDir, 0o755);
    chmodSync(path.join(dataDir, 'intake.sqlite'), 0o644);
    chmodSync(path.join(dataDir, 'device-token'), 0o644);
    const run = await runOnce({});
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dataDir, 'intake.sqlite')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dataDir, 'device-token')).mode & 0o777).toBe(0o600);
    expect(run.output).toContain('mode tightened');
  });

  it('prints no token when tokens come from INTAKE_TOKENS', async () => {
    const run = await runOnce({ INTAKE_TOKENS: 'configured-token-0123456789' });
    expect(run.output).not.toContain('configured-token');
    expect(run.output).not.toContain('#token=');
    expect(run.code).toBe(0);
  });

  it('stops with one plain line that names DATA_DIR, and no stack trace, when DATA_DIR is a file', async () => {
    const file = path.join(path.dirname(dataDir), 'not-a-folder');
    writeFileSync(file, 'x');
    const run = await runOnce({ DATA_DIR: file });
    expect(run.output.trim().split('\n')).toEqual([expect.stringMatching(/DATA_DIR \(.*not-a-folder\) is not a folder/)]);
    expect(run.output).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(1);
  });

  it('stops with one plain line that names PORT when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const run = await runOnce({ PORT: String(port), HOST: '127.0.0.1', INTAKE_TOKENS: 'configured-token-0123456789' });
      expect(run.output).toContain(`PORT ${port} is already in use`);
      expect(run.output).not.toMatch(/\n\s+at /);
      expect(run.code).toBe(1);
    } finally {
      taken.close();
    }
  });

  it('stops with a clear message and exit code 78 on an invalid setting', async () => {
    const run = await runOnce({ MAX_FILES: 'veel' });
    expect(run.output).toContain('MAX_FILES must be a whole number');
    expect(run.code).toBe(CONFIG_ERROR_EXIT_CODE);
  });
});
