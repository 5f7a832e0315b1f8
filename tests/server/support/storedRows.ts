import { readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../../server/store/SqliteApplicationStore';

/** How many applications, files and file chunks the store holds, read straight from SQLite. */
export function storedCounts(dataDir: string): { applications: number; files: number; chunks: number } {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { applications: count('applications'), files: count('files'), chunks: count('file_chunks') };
  } finally {
    db.close();
  }
}

/** Uploads in progress left on disk. */
export function temporaryFiles(dataDir: string): string[] {
  return readdirSync(path.join(dataDir, 'tmp'));
}

/** Parked drafts in the store, expired or not, read straight from SQLite: what is on the disk. */
export function storedParkedDrafts(dataDir: string): Array<{ lookupId: string; sealedJson: string; storedAt: string; expiresAt: string }> {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db
      .prepare('SELECT lookup_id AS lookupId, sealed_json AS sealedJson, stored_at AS storedAt, expires_at AS expiresAt FROM parked_drafts ORDER BY lookup_id')
      .all() as Array<{ lookupId: string; sealedJson: string; storedAt: string; expiresAt: string }>;
  } finally {
    db.close();
  }
}
