import type { Pool, QueryResult } from 'pg';
import type { BackOfficeAccount, BackOfficeAccountStore, BackOfficeSession, SignInFailures } from '../../backOffice/BackOfficeAccountStore';
import { asPostgresStoreError } from './asPostgresStoreError';
import { refuseNulCharacters } from './refuseNulCharacters';
import { withClient } from './withClient';
import { withTransaction } from './withTransaction';

interface FailureRow {
  failures: number;
  last_failed_at: Date;
  locked_until: Date | null;
}

/**
 * Back-office accounts, sign-in failures and sessions in the `backoffice_*` tables (created by
 * `postgresMigrations`), on the application store's pool, which closes it. Shared by every
 * instance: a lock-out counted on one holds on all.
 */
export class PostgresBackOfficeAccountStore implements BackOfficeAccountStore {
  constructor(private readonly pool: Pool) {}

  async saveAccount(account: BackOfficeAccount, now: Date): Promise<'created' | 'reset'> {
    refuseNulCharacters({ ...account });
    return this.transaction(async (query) => {
      const {
        rows: [row],
      } = await query<{ created: boolean }>(
        `INSERT INTO backoffice_accounts (user_name, display_name, password_hash, created_at, password_set_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (user_name) DO UPDATE SET display_name = excluded.display_name, password_hash = excluded.password_hash, password_set_at = excluded.password_set_at
         RETURNING (xmax = 0) AS created`,
        [account.userName, account.displayName, account.passwordHash, now],
      );
      await query('DELETE FROM backoffice_sign_in_failures WHERE user_name = $1', [account.userName]);
      await query('DELETE FROM backoffice_sessions WHERE user_name = $1', [account.userName]);
      return row?.created ? 'created' : 'reset';
    });
  }

  async findAccount(userName: string): Promise<BackOfficeAccount | undefined> {
    if (userName.includes('\u0000')) return undefined;
    const {
      rows: [row],
    } = await this.run<{ user_name: string; display_name: string; password_hash: string }>(
      'SELECT user_name, display_name, password_hash FROM backoffice_accounts WHERE user_name = $1',
      [userName],
    );
    return row ? { userName: row.user_name, displayName: row.display_name, passwordHash: row.password_hash } : undefined;
  }

  async findFailures(userName: string): Promise<SignInFailures | undefined> {
    if (userName.includes('\u0000')) return undefined;
    const {
      rows: [row],
    } = await this.run<FailureRow>('SELECT failures, last_failed_at, locked_until FROM backoffice_sign_in_failures WHERE user_name = $1', [userName]);
    return row ? toFailures(row) : undefined;
  }

  async recordFailedSignIn(userName: string, next: (previous: SignInFailures | undefined) => SignInFailures): Promise<SignInFailures> {
    refuseNulCharacters({ userName });
    return this.transaction(async (query) => {
      // A row to lock first, so concurrent wrong passwords (on any instance) wait for each other and all count.
      await query('INSERT INTO backoffice_sign_in_failures (user_name, failures, last_failed_at) VALUES ($1, 0, $2) ON CONFLICT (user_name) DO NOTHING', [
        userName,
        new Date(0),
      ]);
      const {
        rows: [row],
      } = await query<FailureRow>('SELECT failures, last_failed_at, locked_until FROM backoffice_sign_in_failures WHERE user_name = $1 FOR UPDATE', [userName]);
      const failures = next(row && row.failures > 0 ? toFailures(row) : undefined);
      await query('UPDATE backoffice_sign_in_failures SET failures = $2, last_failed_at = $3, locked_until = $4 WHERE user_name = $1', [
        userName,
        failures.count,
        failures.lastAt,
        failures.lockedUntil ?? null,
      ]);
      return failures;
    });
  }

  async recordSuccessfulSignIn(userName: string, now: Date): Promise<void> {
    await this.transaction(async (query) => {
      await query('DELETE FROM backoffice_sign_in_failures WHERE user_name = $1', [userName]);
      await query('UPDATE backoffice_accounts SET last_signed_in_at = $2 WHERE user_name = $1', [userName, now]);
    });
  }

  async createSession(idHash: string, userName: string, now: Date, expiresAt: Date): Promise<void> {
    await this.run('DELETE FROM backoffice_sessions WHERE expires_at <= $1', [now]);
    await this.run('INSERT INTO backoffice_sessions (id_hash, user_name, created_at, expires_at) VALUES ($1, $2, $3, $4)', [idHash, userName, now, expiresAt]);
  }

  async findSession(idHash: string, now: Date): Promise<BackOfficeSession | undefined> {
    const {
      rows: [row],
    } = await this.run<{ user_name: string; display_name: string; expires_at: Date }>(
      `SELECT s.user_name, a.display_name, s.expires_at FROM backoffice_sessions s JOIN backoffice_accounts a ON a.user_name = s.user_name
       WHERE s.id_hash = $1 AND s.expires_at > $2`,
      [idHash, now],
    );
    return row ? { userName: row.user_name, displayName: row.display_name, expiresAt: row.expires_at } : undefined;
  }

  async touchSession(idHash: string, expiresAt: Date): Promise<void> {
    await this.run('UPDATE backoffice_sessions SET expires_at = $2 WHERE id_hash = $1', [idHash, expiresAt]);
  }

  async endSession(idHash: string): Promise<void> {
    await this.run('DELETE FROM backoffice_sessions WHERE id_hash = $1', [idHash]);
  }

  private async run<Row extends object = object>(sql: string, values: readonly unknown[]): Promise<QueryResult<Row>> {
    try {
      return await this.pool.query<Row>(sql, [...values]);
    } catch (error) {
      throw asPostgresStoreError(error);
    }
  }

  private async transaction<T>(
    work: (query: <Row extends object = object>(sql: string, values: readonly unknown[]) => Promise<QueryResult<Row>>) => Promise<T>,
  ): Promise<T> {
    try {
      return await withClient(this.pool, (client) => withTransaction(client, () => work((sql, values) => client.query(sql, [...values]))));
    } catch (error) {
      throw asPostgresStoreError(error);
    }
  }
}

function toFailures(row: FailureRow): SignInFailures {
  return { count: row.failures, lastAt: row.last_failed_at, ...(row.locked_until ? { lockedUntil: row.locked_until } : {}) };
}
