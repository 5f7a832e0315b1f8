// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../server/backOffice/signIn';
import { SqliteApplicationStore } from '../../server/storage/sqlite/SqliteApplicationStore';
import { buildService } from './support/buildService';

const PASSWORD = 'een lang wachtwoord 42';

/** Runs the built `backoffice-account` command; what it printed and its exit code. */
function run(buildDir: string, args: readonly string[], env: Record<string, string>, stdin?: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(buildDir, 'backoffice-account.js'), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdin.end(stdin ?? '');
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run backoffice-account', () => {
  let buildDir: string;
  let dataDir: string;
  beforeAll(async () => {
    buildDir = await buildService();
    dataDir = mkdtempSync(path.join(tmpdir(), 'backoffice-command-'));
  }, 120_000);
  afterAll(() => {
    rmSync(buildDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  const canSignIn = async (user: string, password: string) => {
    const store = new SqliteApplicationStore(dataDir);
    try {
      return (await signIn(store.backOfficeAccounts, user, password, new Date())).kind;
    } finally {
      await store.close();
    }
  };

  it('creates an account with the password from BACKOFFICE_PASSWORD, and never prints the password', async () => {
    const { code, output } = await run(buildDir, ['--user', 'jansen', '--name', 'J. Jansen'], { DATA_DIR: dataDir, BACKOFFICE_PASSWORD: PASSWORD });
    expect(code).toBe(0);
    expect(output).toContain('Account jansen created');
    expect(output).not.toContain(PASSWORD);
    expect(await canSignIn('jansen', PASSWORD)).toBe('signedIn');
  });

  it('resets the password read from stdin', async () => {
    const { code, output } = await run(buildDir, ['--user', 'jansen', '--name', 'J. Jansen'], { DATA_DIR: dataDir }, 'een nieuw lang wachtwoord\n');
    expect(code).toBe(0);
    expect(output).toContain('Account jansen reset');
    expect(await canSignIn('jansen', 'een nieuw lang wachtwoord')).toBe('signedIn');
    expect(await canSignIn('jansen', PASSWORD)).toBe('wrong');
  });

  it('refuses a password under 12 characters and wrong arguments, saving nothing', async () => {
    const short = await run(buildDir, ['--user', 'pietersen', '--name', 'P. Pietersen'], { DATA_DIR: dataDir, BACKOFFICE_PASSWORD: 'kort' });
    expect(short.code).not.toBe(0);
    expect(short.output).toContain('at least 12 characters');
    expect(await canSignIn('pietersen', 'kort')).toBe('wrong');
    const missing = await run(buildDir, ['--user', 'pietersen'], { DATA_DIR: dataDir, BACKOFFICE_PASSWORD: PASSWORD });
    expect(missing.code).toBe(64);
    expect(missing.output).toContain('Usage: npm run backoffice-account');
    const badName = await run(buildDir, ['--user', 'Piet Ersen', '--name', 'P.'], { DATA_DIR: dataDir, BACKOFFICE_PASSWORD: PASSWORD });
    expect(badName.code).toBe(64);
  });
});
