import type { Pool, QueryResult } from 'pg';
import type { SealedDraft } from '../../contract/apiTypes';
import type { ParkedDraft, ParkedDraftStore, PurgeCount } from '../../parkedDrafts/ParkedDraftStore';
import { asPostgresStoreError } from './asPostgresStoreError';
import { refuseNulCharacters } from './refuseNulCharacters';

interface ParkedDraftRow {
  sealed: SealedDraft;
  stored_at: Date;
  expires_at: Date;
}

/**
 * Parked drafts in the `parked_drafts` table, and what became of the sent ones in `sent_parked_drafts`
 * (both created by `postgresMigrations`), on the pool of the
 * application store, which closes it. Each method but the purge is one statement: `park` is one upsert, so a
 * reader sees the old record or the new; the session's `synchronous_commit = on` makes it durable
 * when it resolves. Lookup ids go to the database as query parameters only, never into SQL text or
 * an error message.
 */
export class PostgresParkedDraftStore implements ParkedDraftStore {
  constructor(private readonly pool: Pool) {}

  async park(lookupId: string, draft: ParkedDraft): Promise<void> {
    refuseNulCharacters({ lookupId, sealed: draft.sealed });
    await this.run(
      `INSERT INTO parked_drafts (lookup_id, sealed, stored_at, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (lookup_id) DO UPDATE SET sealed = excluded.sealed, stored_at = excluded.stored_at, expires_at = excluded.expires_at`,
      [lookupId, JSON.stringify(draft.sealed), draft.storedAt, draft.expiresAt],
    );
  }

  async findParked(lookupId: string, now: Date): Promise<ParkedDraft | undefined> {
    // No parked lookup id holds a NUL, and PostgreSQL could not even compare one.
    if (lookupId.includes('\u0000')) return undefined;
    const {
      rows: [row],
    } = await this.run<ParkedDraftRow>('SELECT sealed, stored_at, expires_at FROM parked_drafts WHERE lookup_id = $1 AND expires_at > $2', [lookupId, now]);
    return row ? { sealed: row.sealed, storedAt: row.stored_at, expiresAt: row.expires_at } : undefined;
  }

  async removeParked(lookupId: string): Promise<void> {
    if (lookupId.includes('\u0000')) return;
    await this.run('DELETE FROM parked_drafts WHERE lookup_id = $1', [lookupId]);
  }

  async findSent(lookupId: string, now: Date): Promise<string | undefined> {
    if (lookupId.includes('\u0000')) return undefined;
    const {
      rows: [row],
    } = await this.run<{ reference: string }>(
      `SELECT applications.reference FROM sent_parked_drafts JOIN applications ON applications.id = sent_parked_drafts.application_id
       WHERE lookup_id = $1 AND remember_until > $2`,
      [lookupId, now],
    );
    return row?.reference;
  }

  /** Two statements, each on its own: a purge that stops halfway deletes the rest next time. */
  async purgeExpired(now: Date): Promise<PurgeCount> {
    const drafts = (await this.run('DELETE FROM parked_drafts WHERE expires_at <= $1', [now])).rowCount ?? 0;
    const sent = (await this.run('DELETE FROM sent_parked_drafts WHERE remember_until <= $1', [now])).rowCount ?? 0;
    return { drafts, sent };
  }

  /** One statement, errors mapped to the store's. */
  private async run<Row extends object = object>(sql: string, values: readonly unknown[]): Promise<QueryResult<Row>> {
    try {
      return await this.pool.query<Row>(sql, [...values]);
    } catch (error) {
      throw asPostgresStoreError(error);
    }
  }
}
