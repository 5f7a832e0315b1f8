// @vitest-environment node
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_ERROR_EXIT_CODE } from '../../server/ConfigError';
import { IN_MEMORY_FILE_BYTES } from '../../server/uploads/receiveMultipart';
import { buildService } from './support/buildService';
import { sendRaw } from './support/rawHttp';

/** Permission bits of a file or folder. */
const modeOf = (target: string) => statSync(target).mode & 0o777;

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
  async function runOnce(
    env: Record<string, string>,
    whileRunning: (url: string, token: string) => Promise<void> = async () => {},
  ): Promise<{ output: string; code: number | null; linked: string | undefined; lookedUp: unknown }> {
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
      await whileRunning(`http://127.0.0.1:${port}`, token);
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
    // Without ADDRESS_LOOKUP_URL the built-in stand-in answers, and the start says so.
    expect(first.output).toContain('ADDRESS_LOOKUP_URL is not set');
    expect(first.lookedUp).toMatchObject({ addresses: [{ street: 'Damrak' }, { addition: '2' }, { houseLetter: 'A' }] });
    const second = await runOnce({});
    expect(/#token=(\S+)/.exec(second.output)?.[1]).toBe(/#token=(\S+)/.exec(first.output)?.[1]);
  });

  it('prints no token when tokens come from INTAKE_TOKENS', async () => {
    const run = await runOnce({ INTAKE_TOKENS: 'configured-token-0123456789' });
    expect(run.output).not.toContain('configured-token');
    expect(run.output).not.toContain('#token=');
    expect(run.code).toBe(0);
  });

  it('keeps the database, its WAL, uploads and the token file to its own user (0600, folders 0700)', async () => {
    await runOnce({}, async (url, token) => {
      for (const file of ['intake.sqlite', 'intake.sqlite-wal', 'intake.sqlite-shm', 'device-token']) expect([file, modeOf(path.join(dataDir, file))]).toEqual([file, 0o600]);
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(path.join(dataDir, 'tmp'))).toBe(0o700);
      // An upload on its way in: the start of a file too large to be kept in memory, and the rest still to come.
      const boundary = 'grens';
      const upload = sendRaw(
        url,
        [
          'POST /api/v1/applications HTTP/1.1',
          'Host: intake',
          `Authorization: Bearer ${token}`,
          `Idempotency-Key: ${crypto.randomUUID()}`,
          `Content-Type: multipart/form-data; boundary=${boundary}`,
          `Content-Length: ${2 * IN_MEMORY_FILE_BYTES}`,
          '',
          `--${boundary}\r\nContent-Disposition: form-data; name="application"; filename="a.json"\r\n\r\n{}\r\n--${boundary}\r\nContent-Disposition: form-data; name="identityDocument"; filename="id.pdf"\r\n\r\n%PDF-1.7\n${' '.repeat(IN_MEMORY_FILE_BYTES + 2000)}`,
        ].join('\r\n'),
        1500,
      );
      await expect.poll(() => readdirSync(path.join(dataDir, 'tmp'))).toHaveLength(1);
      const [inProgress = ''] = readdirSync(path.join(dataDir, 'tmp'));
      expect(modeOf(path.join(dataDir, 'tmp', inProgress))).toBe(0o600);
      await upload;
    });
  });

  it('narrows a data folder, database and token file that others could read, and says so', async () => {
    chmodSync(dataDir, 0o755);
    for (const file of ['intake.sqlite', 'device-token']) chmodSync(path.join(dataDir, file), 0o644);
    const run = await runOnce({});
    expect(run.code).toBe(0);
    for (const [target, was, now] of [
      [dataDir, '0755', '0700'],
      [path.join(dataDir, 'intake.sqlite'), '0644', '0600'],
      [path.join(dataDir, 'device-token'), '0644', '0600'],
    ] as const) {
      expect(run.output).toContain(`permissions tightened: ${target} ${was} → ${now}`);
      expect(modeOf(target).toString(8)).toBe(now.slice(1));
    }
  });

  it('stops with a clear message and exit code 78 on an invalid setting', async () => {
    const run = await runOnce({ MAX_FILES: 'veel' });
    expect(run.output).toContain('MAX_FILES must be a whole number');
    expect(run.code).toBe(CONFIG_ERROR_EXIT_CODE);
  });

  describe('a start that cannot work: one line on stderr that names the cause and the variable, no stack, exit code 78', () => {
    /** Starts main.js and waits for it to end by itself (a start that works is stopped after 10 s). */
    async function failedStart(env: Record<string, string>, asOtherUser = false): Promise<{ stderr: string; code: number | null }> {
      // As root every folder is writable; a read-only one is read-only to an ordinary user only.
      const user = asOtherUser && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const child = spawn(process.execPath, [path.join(buildDir, 'main.js')], {
        env: { ...process.env, PORT: '0', APP_DIR: path.join(buildDir, 'no-app'), LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        ...user,
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.stdout.resume();
      const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      clearTimeout(timer);
      return { stderr, code };
    }
    let scratch: string;
    beforeAll(() => {
      scratch = mkdtempSync(path.join(tmpdir(), 'intake-start-'));
      // Readable for the ordinary user the read-only case runs as.
      chmodSync(scratch, 0o755);
      chmodSync(buildDir, 0o755);
    });
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    const expectOneLine = ({ stderr, code }: { stderr: string; code: number | null }, says: RegExp) => {
      expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(says)]);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(code).toBe(CONFIG_ERROR_EXIT_CODE);
    };

    it('a read-only DATA_DIR', async () => {
      const readOnly = path.join(scratch, 'alleen-lezen');
      mkdirSync(readOnly);
      chmodSync(readOnly, 0o555);
      expectOneLine(await failedStart({ DATA_DIR: readOnly }, true), /^Configuratiefout \/ configuration error: DATA_DIR \S+alleen-lezen cannot be written: permission denied\.$/);
    });

    it('a DATA_DIR that is a file, and one inside a file', async () => {
      const file = path.join(scratch, 'een-bestand');
      writeFileSync(file, 'geen map');
      expectOneLine(await failedStart({ DATA_DIR: file }), /DATA_DIR \S+een-bestand cannot be made into a folder: a file is in the way\.$/);
      expectOneLine(await failedStart({ DATA_DIR: path.join(file, 'data') }), /DATA_DIR \S+een-bestand\/data cannot be made into a folder: a file is in the way\.$/);
    });

    it('a database in DATA_DIR that is not a database', async () => {
      const broken = path.join(scratch, 'kapot');
      mkdirSync(broken);
      writeFileSync(path.join(broken, 'intake.sqlite'), 'dit is geen database '.repeat(100));
      expectOneLine(await failedStart({ DATA_DIR: broken }), /DATA_DIR \S+kapot: the database cannot be opened: file is not a database\.$/);
    });

    it('a PORT that is not a number, and one already in use', async () => {
      expectOneLine(await failedStart({ DATA_DIR: path.join(scratch, 'poort-a'), PORT: 'tachtig' }), /PORT must be a whole number from 0 to 65535, not "tachtig"\.$/);
      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = taken.address() as AddressInfo;
        expectOneLine(await failedStart({ DATA_DIR: path.join(scratch, 'poort-b'), PORT: String(port), HOST: '127.0.0.1' }), new RegExp(`PORT ${port} is already in use on HOST 127\\.0\\.0\\.1`));
      } finally {
        taken.close();
      }
    });

    it('a HOST that is not an address of this machine', async () => {
      expectOneLine(await failedStart({ DATA_DIR: path.join(scratch, 'host'), HOST: '192.0.2.1' }), /HOST 192\.0\.2\.1 is not an address of this machine/);
    });

    it('a number variable that is not a number', async () => {
      expectOneLine(await failedStart({ DATA_DIR: path.join(scratch, 'getal'), MAX_FILE_BYTES: '10MB' }), /MAX_FILE_BYTES must be a whole number from 1 to \d+, not "10MB"\.$/);
    });
  });

  it('reports "read-only" in the health check once DATA_DIR can no longer be written', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'intake-readonly-'));
    const readOnlyLater = path.join(parent, 'data');
    mkdirSync(readOnlyLater, { mode: 0o700 });
    // As root every folder is writable; the service runs as an ordinary user, who owns its data.
    const asOther = process.getuid?.() === 0;
    if (asOther) {
      chmodSync(parent, 0o755);
      chmodSync(buildDir, 0o755);
      chownSync(readOnlyLater, 65534, 65534);
    }
    const child = spawn(process.execPath, [path.join(buildDir, 'main.js')], {
      env: { ...process.env, PORT: '0', DATA_DIR: readOnlyLater, INTAKE_TOKENS: 'configured-token-0123456789', APP_DIR: path.join(parent, 'no-app'), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
      ...(asOther ? { uid: 65534, gid: 65534 } : {}),
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const port = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const found = /draait op http:\/\/localhost:(\d+)/.exec(output)?.[1];
          if (found) resolve(found);
        });
        void exited.then(() => reject(new Error('The service stopped before listening')));
      });
      const health = async () => (await fetch(`http://127.0.0.1:${port}/api/v1/health`)).json();
      expect(await health()).toEqual({ status: 'ok', storage: 'ok' });
      chmodSync(readOnlyLater, 0o500);
      expect(await health()).toMatchObject({ status: 'unavailable', reason: 'read-only' });
    } finally {
      child.kill('SIGTERM');
      await exited;
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
