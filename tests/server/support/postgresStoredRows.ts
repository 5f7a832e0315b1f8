import type { TestDatabase } from './postgres';
import type { StoredFile, StoredRows } from './storedRows';

/** {@link StoredRows} of a PostgreSQL test database, read as the admin: the rows as the service wrote them. */
export function postgresStoredRows(database: TestDatabase): StoredRows {
  const count = async (table: string) => Number((await database.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
  return {
    counts: async () => ({ applications: await count('applications'), files: await count('files'), chunks: await count('file_chunks') }),
    files: async (reference) => {
      // COLLATE "C": question ids in code-point order, as SQLite's default (BINARY) orders them,
      // whatever collation the database was created with.
      const files = await database.query<Omit<StoredFile, 'bytes' | 'size'> & { id: string; size: string }>(
        `SELECT files.id, question_id AS "questionId", position, name, media_type AS "mediaType", size, sha256
           FROM files JOIN applications ON applications.id = files.application_id
          WHERE applications.reference = $1
          ORDER BY question_id COLLATE "C", position`,
        [reference],
      );
      return Promise.all(
        files.map(async ({ id, size, ...file }) => {
          const chunks = await database.query<{ data: Buffer }>('SELECT data FROM file_chunks WHERE file_id = $1 ORDER BY sequence', [id]);
          // bigint arrives as a string (node-postgres does not turn it into a number that could lose digits).
          return { ...file, size: Number(size), bytes: Buffer.concat(chunks.map((chunk) => chunk.data)) };
        }),
      );
    },
  };
}
