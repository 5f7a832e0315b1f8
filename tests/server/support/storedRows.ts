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
