import type Database from 'better-sqlite3';
import type { BackOfficeAccount, BackOfficeAccountStore, BackOfficeSession, SignInFailures } from '../../backOffice/BackOfficeAccountStore';
import { asSqliteStoreError } from './asSqliteStoreError';

interface FailureRow {
  failures: number;
  last_failed_at: string;
  locked_until: string | null;
}

/**
 * Back-office accounts, sign-in failures and sessions in the intake database's `backoffice_*`
 * tables (created by the migrations in `SqliteApplicationStore.ts`, which owns the file). Times are
 * ISO 8601 UTC strings of one width, so comparing them as text compares them as times.
 */
export class SqliteBackOfficeAccountStore implements BackOfficeAccountStore {
  constructor(private readonly db: Database.Database) {}

  async saveAccount(account: BackOfficeAccount, now: Date): Promise<'created' | 'reset'> {
    return this.run(() =>
      this.db
        .transaction(() => {
          const at = now.toISOString();
          const existed = this.db.prepare('SELECT 1 FROM backoffice_accounts WHERE user_name = ?').get(account.userName) !== undefined;
          this.db
            .prepare(
              `INSERT INTO backoffice_accounts (user_name, display_name, password_hash, created_at, password_set_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (user_name) DO UPDATE SET display_name = excluded.display_name, password_hash = excluded.password_hash, password_set_at = excluded.password_set_at`,
            )
            .run(account.userName, account.displayName, account.passwordHash, at, at);
          this.db.prepare('DELETE FROM backoffice_sign_in_failures WHERE user_name = ?').run(account.userName);
          this.db.prepare('DELETE FROM backoffice_sessions WHERE user_name = ?').run(account.userName);
          return existed ? 'reset' : 'created';
        })
        .immediate(),
    );
  }

  async findAccount(userName: string): Promise<BackOfficeAccount | undefined> {
    const row = this.run(() =>
      this.db
        .prepare<[string], { user_name: string; display_name: string; password_hash: string }>(
          'SELECT user_name, display_name, password_hash FROM backoffice_accounts WHERE user_name = ?',
        )
        .get(userName),
    );
    return row ? { userName: row.user_name, displayName: row.display_name, passwordHash: row.password_hash } : undefined;
  }

  async findFailures(userName: string): Promise<SignInFailures | undefined> {
    return this.run(() => this.failures(userName));
  }

  async recordFailedSignIn(userName: string, next: (previous: SignInFailures | undefined) => SignInFailures): Promise<SignInFailures> {
    // IMMEDIATE takes the write lock before reading, so two wrong passwords at once both count.
    return this.run(() =>
      this.db
        .transaction(() => {
          const failures = next(this.failures(userName));
          this.db
            .prepare(
              `INSERT INTO backoffice_sign_in_failures (user_name, failures, last_failed_at, locked_until) VALUES (?, ?, ?, ?)
               ON CONFLICT (user_name) DO UPDATE SET failures = excluded.failures, last_failed_at = excluded.last_failed_at, locked_until = excluded.locked_until`,
            )
            .run(userName, failures.count, failures.lastAt.toISOString(), failures.lockedUntil?.toISOString() ?? null);
          return failures;
        })
        .immediate(),
    );
  }

  async recordSuccessfulSignIn(userName: string, now: Date): Promise<void> {
    this.run(() =>
      this.db.transaction(() => {
        this.db.prepare('DELETE FROM backoffice_sign_in_failures WHERE user_name = ?').run(userName);
        this.db.prepare('UPDATE backoffice_accounts SET last_signed_in_at = ? WHERE user_name = ?').run(now.toISOString(), userName);
      })(),
    );
  }

  async createSession(idHash: string, userName: string, now: Date, expiresAt: Date): Promise<void> {
    this.run(() =>
      this.db.transaction(() => {
        this.db.prepare('DELETE FROM backoffice_sessions WHERE expires_at <= ?').run(now.toISOString());
        this.db
          .prepare('INSERT INTO backoffice_sessions (id_hash, user_name, created_at, expires_at) VALUES (?, ?, ?, ?)')
          .run(idHash, userName, now.toISOString(), expiresAt.toISOString());
      })(),
    );
  }

  async findSession(idHash: string, now: Date): Promise<BackOfficeSession | undefined> {
    const row = this.run(() =>
      this.db
        .prepare<[string, string], { user_name: string; display_name: string; expires_at: string }>(
          `SELECT s.user_name, a.display_name, s.expires_at FROM backoffice_sessions s JOIN backoffice_accounts a ON a.user_name = s.user_name
           WHERE s.id_hash = ? AND s.expires_at > ?`,
        )
        .get(idHash, now.toISOString()),
    );
    return row ? { userName: row.user_name, displayName: row.display_name, expiresAt: new Date(row.expires_at) } : undefined;
  }

  async touchSession(idHash: string, expiresAt: Date): Promise<void> {
    this.run(() => this.db.prepare('UPDATE backoffice_sessions SET expires_at = ? WHERE id_hash = ?').run(expiresAt.toISOString(), idHash));
  }

  async endSession(idHash: string): Promise<void> {
    this.run(() => this.db.prepare('DELETE FROM backoffice_sessions WHERE id_hash = ?').run(idHash));
  }

  private failures(userName: string): SignInFailures | undefined {
    const row = this.db
      .prepare<[string], FailureRow>('SELECT failures, last_failed_at, locked_until FROM backoffice_sign_in_failures WHERE user_name = ?')
      .get(userName);
    if (!row) return undefined;
    return { count: row.failures, lastAt: new Date(row.last_failed_at), ...(row.locked_until ? { lockedUntil: new Date(row.locked_until) } : {}) };
  }

  private run<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }
}
