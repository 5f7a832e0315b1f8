// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackOfficeAccountStore } from '../../server/backOffice/BackOfficeAccountStore';
import { hashPassword, verifyPassword } from '../../server/security/passwordHash';
import { saveBackOfficeAccount } from '../../server/backOffice/saveBackOfficeAccount';
import { signIn } from '../../server/backOffice/signIn';
import { sessionIdHash } from '../../server/backOffice/sessionId';
import { SIGN_IN_LOCK_OUT } from '../../server/backOffice/signInPolicy';
import { afterWrongGuess, lockedUntil, type WrongGuesses } from '../../server/security/lockOut';
import { openPostgresStores, type PostgresStores } from '../../server/storage/postgres';
import { SqliteApplicationStore } from '../../server/storage/sqlite/SqliteApplicationStore';
import { reachTestPostgres, type TestDatabase } from './support/postgres';

/** One engine of the account store, as the contract below drives it; two opened stores are two instances. */
interface Engine {
  readonly skip: boolean;
  setUp(): Promise<void>;
  open(): Promise<BackOfficeAccountStore>;
  /** The password hash column as stored, read straight from the table. */
  storedHash(userName: string): Promise<string | undefined>;
  tearDown(): Promise<void>;
}

function sqliteEngine(): Engine {
  let dataDir = '';
  const opened: SqliteApplicationStore[] = [];
  return {
    skip: false,
    setUp: async () => {
      dataDir = mkdtempSync(path.join(tmpdir(), 'backoffice-store-'));
    },
    open: async () => {
      const store = new SqliteApplicationStore(dataDir);
      opened.push(store);
      return store.backOfficeAccounts;
    },
    storedHash: async (userName) => {
      const Database = (await import('better-sqlite3')).default;
      const db = new Database(path.join(dataDir, 'intake.sqlite'), { readonly: true });
      const row = db.prepare<[string], { password_hash: string }>('SELECT password_hash FROM backoffice_accounts WHERE user_name = ?').get(userName);
      db.close();
      return row?.password_hash;
    },
    tearDown: async () => {
      await Promise.all(opened.map((store) => store.close()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const postgres = await reachTestPostgres();

function postgresEngine(): Engine {
  let database: TestDatabase | undefined;
  const opened: PostgresStores[] = [];
  return {
    skip: postgres === undefined,
    setUp: async () => {
      database = await postgres?.createDatabase();
    },
    open: async () => {
      const stores = await openPostgresStores({ databaseUrl: database?.url ?? '', poolSize: 4 });
      opened.push(stores);
      return stores.backOfficeAccounts;
    },
    storedHash: async (userName) =>
      (await database?.query<{ password_hash: string }>('SELECT password_hash FROM backoffice_accounts WHERE user_name = $1', [userName]))?.[0]?.password_hash,
    tearDown: async () => {
      await Promise.all(opened.map(({ store }) => store.close()));
      await database?.drop();
      await postgres?.close();
    },
  };
}

const PASSWORD = 'een lang wachtwoord 42';
const T0 = new Date('2026-05-04T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('a back-office password', () => {
  it('is stored as a salted scrypt hash with its cost (N=2^15, r=8, p=1), never as itself', async () => {
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(first).not.toContain(PASSWORD);
    // A random salt: the same password hashes differently each time.
    expect(second).not.toBe(first);
    expect(await verifyPassword(PASSWORD, first)).toBe(true);
    expect(await verifyPassword(`${PASSWORD} `, first)).toBe(false);
    expect(await verifyPassword(PASSWORD, 'not a hash')).toBe(false);
  });

  it('is refused when shorter than 12 characters', async () => {
    const refused: string[] = [];
    const store = { saveAccount: async () => 'created' } as unknown as BackOfficeAccountStore;
    await saveBackOfficeAccount(store, { userName: 'jansen', displayName: 'J. Jansen', password: 'elf tekens!' }, T0).catch((error: Error) => refused.push(error.message));
    expect(refused).toEqual(['The password must be at least 12 characters long.']);
    await expect(saveBackOfficeAccount(store, { userName: 'jansen', displayName: 'J. Jansen', password: 'twaalf teken' }, T0)).resolves.toBe('created');
  });
});

describe('the lock-out rule', () => {
  const guess = (previous: WrongGuesses | undefined, when: Date) => afterWrongGuess(previous, when, SIGN_IN_LOCK_OUT);
  it('locks a name out for 15 minutes at the fifth wrong password within 15 minutes, and counts afresh after', () => {
    let failures: WrongGuesses | undefined;
    for (let minute = 0; minute < 4; minute += 1) failures = guess(failures, at(minute));
    expect(failures).toEqual({ count: 4, lastAt: at(3) });
    failures = guess(failures, at(4));
    expect(failures).toEqual({ count: 5, lastAt: at(4), lockedUntil: at(19) });
    expect(lockedUntil(failures, at(18))).toEqual(at(19));
    expect(lockedUntil(failures, at(19))).toBeUndefined();
    expect(guess(failures, at(20))).toEqual({ count: 1, lastAt: at(20) });
    // Four wrong passwords spread over more than 15 minutes never lock.
    expect(guess({ count: 4, lastAt: at(0) }, at(15))).toEqual({ count: 1, lastAt: at(15) });
  });
});

describe.each([
  ['SQLite', sqliteEngine()],
  ['PostgreSQL', postgresEngine()],
])('the %s back-office account store', (_name, engine) => {
  describe('keeps accounts, failures and sessions as the interface says', { skip: engine.skip }, () => {
    let first: BackOfficeAccountStore;
    let second: BackOfficeAccountStore;
    beforeAll(async () => {
      await engine.setUp();
      first = await engine.open();
      second = await engine.open();
    });
    afterAll(() => engine.tearDown());

    it('creates an account with the hash of its password, which another instance finds; a user name is kept in lower case', async () => {
      expect(await saveBackOfficeAccount(first, { userName: ' Jansen ', displayName: 'J. Jansen', password: PASSWORD }, T0)).toBe('created');
      const account = await second.findAccount('jansen');
      expect(account).toMatchObject({ userName: 'jansen', displayName: 'J. Jansen' });
      const stored = await engine.storedHash('jansen');
      expect(stored).toBe(account?.passwordHash);
      expect(stored).not.toContain(PASSWORD);
      expect(await verifyPassword(PASSWORD, stored ?? '')).toBe(true);
      expect(await second.findAccount('pietersen')).toBeUndefined();
    });

    it('signs in with the right password, and keeps only the SHA-256 of the session id', async () => {
      const result = await signIn(first, 'JANSEN', PASSWORD, T0);
      expect(result).toMatchObject({ kind: 'signedIn', userName: 'jansen', displayName: 'J. Jansen', expiresAt: at(8 * 60) });
      if (result.kind !== 'signedIn') return;
      expect(Buffer.from(result.sessionId, 'base64url')).toHaveLength(32);
      expect(await second.findSession(sessionIdHash(result.sessionId), at(1))).toEqual({ userName: 'jansen', displayName: 'J. Jansen', expiresAt: at(8 * 60) });
      expect(await second.findSession(result.sessionId, at(1))).toBeUndefined();
      // Idle for 8 hours it has ended; used before, its end moves on.
      expect(await second.findSession(sessionIdHash(result.sessionId), at(8 * 60))).toBeUndefined();
      await first.touchSession(sessionIdHash(result.sessionId), at(9 * 60));
      expect(await second.findSession(sessionIdHash(result.sessionId), at(8 * 60))).toMatchObject({ userName: 'jansen' });
      await first.endSession(sessionIdHash(result.sessionId));
      expect(await second.findSession(sessionIdHash(result.sessionId), at(8 * 60))).toBeUndefined();
    });

    it('answers a wrong password and an unknown name alike, and locks both out after 5 for 15 minutes, the right password too', async () => {
      for (const name of ['jansen', 'niemand']) {
        const answers = [];
        for (let minute = 10; minute < 15; minute += 1) answers.push((await signIn(minute % 2 ? first : second, name, 'verkeerd wachtwoord', at(minute))).kind);
        expect(answers, name).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked']);
        expect(await signIn(first, name, PASSWORD, at(20)), name).toEqual({ kind: 'locked', until: at(29) });
      }
      expect((await signIn(second, 'jansen', PASSWORD, at(29))).kind).toBe('signedIn');
      expect(await first.findFailures('jansen')).toBeUndefined();
    });

    it('counts wrong passwords sent at the same moment to two instances, every one', async () => {
      await Promise.all(Array.from({ length: 6 }, (_, index) => signIn(index % 2 ? first : second, 'tegelijk', 'verkeerd wachtwoord', at(40))));
      expect(await first.findFailures('tegelijk')).toMatchObject({ count: 6, lockedUntil: at(55) });
    });

    it('resets an account: a new name and password, its lock-out cleared and its sessions ended', async () => {
      const session = await signIn(first, 'jansen', PASSWORD, at(60));
      if (session.kind !== 'signedIn') throw new Error('not signed in');
      for (let index = 0; index < 5; index += 1) await signIn(first, 'jansen', 'verkeerd wachtwoord', at(61));
      expect((await signIn(first, 'jansen', PASSWORD, at(62))).kind).toBe('locked');
      expect(await saveBackOfficeAccount(second, { userName: 'jansen', displayName: 'Jet Jansen', password: 'nog een lang wachtwoord' }, at(63))).toBe('reset');
      expect(await first.findSession(sessionIdHash(session.sessionId), at(63))).toBeUndefined();
      expect((await signIn(first, 'jansen', PASSWORD, at(64))).kind).toBe('wrong');
      expect(await signIn(first, 'jansen', 'nog een lang wachtwoord', at(64))).toMatchObject({ kind: 'signedIn', displayName: 'Jet Jansen' });
    });
  });
});
