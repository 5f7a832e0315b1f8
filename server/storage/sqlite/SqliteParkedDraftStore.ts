import type Database from 'better-sqlite3';
import type { SealedDraft } from '../../contract/apiTypes';
import { asSqliteStoreError } from './asSqliteStoreError';
import type { ParkedDraft, ParkedDraftStore, PurgeCount } from '../../parkedDrafts/ParkedDraftStore';

interface ParkedDraftRow {
  sealed_json: string;
  stored_at: string;
  expires_at: string;
}

/**
 * Parked drafts in the intake database's `parked_drafts` table, and what became of the sent ones in
 * `sent_parked_drafts` (both created by the migrations in
 * `SqliteApplicationStore.ts`, which owns the file and its schema). Times are ISO 8601 UTC strings
 * of one fixed width (`Date.toISOString`), so comparing them as text compares them as times.
 */
export class SqliteParkedDraftStore implements ParkedDraftStore {
  constructor(private readonly db: Database.Database) {}

  async park(lookupId: string, draft: ParkedDraft): Promise<void> {
    try {
      this.db
        .prepare(
          `INSERT INTO parked_drafts (lookup_id, sealed_json, stored_at, expires_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (lookup_id) DO UPDATE SET sealed_json = excluded.sealed_json, stored_at = excluded.stored_at, expires_at = excluded.expires_at`,
        )
        .run(lookupId, JSON.stringify(draft.sealed), draft.storedAt.toISOString(), draft.expiresAt.toISOString());
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async findParked(lookupId: string, now: Date): Promise<ParkedDraft | undefined> {
    try {
      const row = this.db
        .prepare<[string, string], ParkedDraftRow>('SELECT sealed_json, stored_at, expires_at FROM parked_drafts WHERE lookup_id = ? AND expires_at > ?')
        .get(lookupId, now.toISOString());
      return row ? { sealed: JSON.parse(row.sealed_json) as SealedDraft, storedAt: new Date(row.stored_at), expiresAt: new Date(row.expires_at) } : undefined;
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async removeParked(lookupId: string): Promise<void> {
    try {
      this.db.prepare('DELETE FROM parked_drafts WHERE lookup_id = ?').run(lookupId);
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async findSent(lookupId: string, now: Date): Promise<string | undefined> {
    try {
      return this.db
        .prepare<[string, string], { reference: string }>('SELECT reference FROM sent_parked_drafts WHERE lookup_id = ? AND remember_until > ?')
        .get(lookupId, now.toISOString())?.reference;
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }

  async purgeExpired(now: Date): Promise<PurgeCount> {
    try {
      const at = now.toISOString();
      return this.db.transaction(() => ({
        drafts: this.db.prepare('DELETE FROM parked_drafts WHERE expires_at <= ?').run(at).changes,
        sent: this.db.prepare('DELETE FROM sent_parked_drafts WHERE remember_until <= ?').run(at).changes,
      }))();
    } catch (error) {
      throw asSqliteStoreError(error);
    }
  }
}
