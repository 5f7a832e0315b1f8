import { readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../../server/storage/sqlite/SqliteApplicationStore';

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

/** A stored file with its bytes put back together from its chunks: what the back office would get. */
export interface StoredFile {
  readonly questionId: string;
  readonly position: number;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly bytes: Buffer;
}

/** The files stored with one application, in question and position order, read straight from SQLite. */
export function storedFiles(dataDir: string, reference: string): StoredFile[] {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const files = db
      .prepare('SELECT id, question_id AS questionId, position, name, media_type AS mediaType, size, sha256 FROM files WHERE reference = ? ORDER BY question_id, position')
      .all(reference) as Array<Omit<StoredFile, 'bytes'> & { id: number }>;
    const chunks = db.prepare('SELECT data FROM file_chunks WHERE file_id = ? ORDER BY sequence');
    return files.map(({ id, ...file }) => ({ ...file, bytes: Buffer.concat((chunks.all(id) as Array<{ data: Buffer }>).map((chunk) => chunk.data)) }));
  } finally {
    db.close();
  }
}

/** The normalised answers stored with one application, read straight from SQLite. */
export function storedAnswers(dataDir: string, reference: string): unknown {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const row = db.prepare('SELECT answers_json AS answers FROM applications WHERE reference = ?').get(reference) as { answers: string } | undefined;
    return row ? (JSON.parse(row.answers) as unknown) : undefined;
  } finally {
    db.close();
  }
}

/**
 * What a running service stored, read straight from its store, asked alike of SQLite and PostgreSQL
 * (postgresStoredRows.ts), so one test checks either.
 */
export interface StoredRows {
  counts(): Promise<{ applications: number; files: number; chunks: number }>;
  files(reference: string): Promise<StoredFile[]>;
}

/** {@link StoredRows} of the SQLite file in `dataDir`. */
export function sqliteStoredRows(dataDir: string): StoredRows {
  return {
    counts: async () => storedCounts(dataDir),
    files: async (reference) => storedFiles(dataDir, reference),
  };
}
