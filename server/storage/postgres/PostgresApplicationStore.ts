import { Readable } from 'node:stream';
import type { Pool, PoolClient, QueryResult } from 'pg';
import type { ApplicationStatus, Receipt } from '../../contract/apiTypes';
import type { ApplicationStore, KeyedReceipt, NewApplication, SaveOutcome, StoredFile, StoreReadiness } from '../../applications/ApplicationStore';
import { formatReference } from '../../applications/referenceNumbers';
import { FILE_CHUNK_BYTES } from '../sqlite/SqliteApplicationStore';
import { asPostgresStoreError } from './asPostgresStoreError';
import { postgresUnreadyReason } from './postgresUnreadyReason';
import { readInChunks } from './readInChunks';
import { bytesInChunks } from '../bytesInChunks';
import { recordWaitingForwarding } from './recordWaitingForwarding';
import { refuseNulCharacters } from './refuseNulCharacters';
import { withClient } from './withClient';
import { withTransaction } from './withTransaction';

/**
 * The receipt columns, as the SQLite store gives them back: `received_at` is a Date that prints
 * as the ISO string saved, the date column is formatted here whatever the session's DateStyle.
 */
const RECEIPT_COLUMNS = "reference, received_at, to_char(expected_decision_by, 'YYYY-MM-DD') AS expected_decision_by, status";

interface ReceiptRow {
  reference: string;
  received_at: Date;
  expected_decision_by: string;
  status: string;
}

interface KeyedRow extends ReceiptRow {
  content_digest: string;
}

interface StatusRow extends ReceiptRow {
  form_id: string;
  form_version: number;
  locale: string;
  assistance: ApplicationStatus['assistance'] | null;
  consent: ApplicationStatus['consent'] | null;
  on_behalf: ApplicationStatus['onBehalf'] | null;
  desk: ApplicationStatus['desk'] | null;
}

interface FileRow {
  id: string;
  question_id: string;
  position: number;
  name: string;
  media_type: string;
  size: string;
  sha256: string;
}

/**
 * Applications in PostgreSQL, for several instances of the service on one database. Every
 * session commits with `synchronous_commit = on` (`postgresPoolConfig`), and an application, its
 * files and their chunks go in one transaction, so `saveOnce` resolves only when all of it is on
 * the database server's disk. docs/postgres.md describes the schema and the choices below.
 *
 * One key, one application: the first statement inserts the row with `ON CONFLICT
 * (idempotency_key) DO NOTHING`. A concurrent save of the same key, from this pool or another
 * instance, waits on the unique index until the first commits, then inserts nothing and reads the
 * winner's receipt (a new statement in READ COMMITTED sees the committed row).
 *
 * References: a counter row per year (`reference_counters`), incremented in the saving
 * transaction, rather than a sequence. A sequence never rolls back, so every failed save (a lost
 * connection, a temporary file gone) would leave a hole in the numbers; the counter row rolls back
 * with the save, so the numbers have no gaps. Its price is that saves of one year take the
 * counter one at a time; the counter is therefore the last write before the commit (the files
 * are copied first, the reference is set at the end), so the row is held only for that update and
 * the commit, not while the files are copied.
 */
export class PostgresApplicationStore implements ApplicationStore {
  constructor(private readonly pool: Pool) {}

  async findByIdempotencyKey(idempotencyKey: string): Promise<KeyedReceipt | undefined> {
    // No stored key holds a NUL, and PostgreSQL could not even compare one.
    if (idempotencyKey.includes('\u0000')) return undefined;
    const [row] = await this.select<KeyedRow>(`SELECT ${RECEIPT_COLUMNS}, content_digest FROM applications WHERE idempotency_key = $1`, [idempotencyKey]);
    return row ? { receipt: toReceipt(row), contentDigest: row.content_digest } : undefined;
  }

  async saveOnce(input: NewApplication): Promise<SaveOutcome> {
    const { application, answers, idempotencyKey, contentDigest, deviceId } = input;
    refuseNulCharacters({
      idempotencyKey,
      contentDigest,
      deviceId,
      application,
      answers,
      files: input.files.map(({ questionId, name, mediaType, sha256 }) => ({ questionId, name, mediaType, sha256 })),
      ...(input.fromParkedDraft ? { fromParkedDraft: input.fromParkedDraft.lookupId } : {}),
    });
    try {
      return await withClient(this.pool, (client) => withTransaction(client, () => this.insertOnce(client, input)));
    } catch (error) {
      if (error instanceof DraftSentBefore) return { kind: 'draftAlreadySent', reference: error.reference };
      throw asPostgresStoreError(error);
    }
  }

  async findStatus(reference: string, deviceId: string): Promise<ApplicationStatus | undefined> {
    if (reference.includes('\u0000') || deviceId.includes('\u0000')) return undefined;
    const [row] = await this.select<StatusRow>(
      `SELECT ${RECEIPT_COLUMNS}, form_id, form_version, locale, assistance, consent, on_behalf, desk FROM applications WHERE reference = $1 AND device_id = $2`,
      [reference, deviceId],
    );
    if (!row) return undefined;
    return {
      ...toReceipt(row),
      formId: row.form_id,
      formVersion: row.form_version,
      locale: row.locale,
      ...(row.assistance ? { assistance: row.assistance } : {}),
      ...(row.consent ? { consent: row.consent } : {}),
      ...(row.on_behalf ? { onBehalf: row.on_behalf } : {}),
      ...(row.desk ? { desk: row.desk } : {}),
    };
  }

  async findFiles(reference: string): Promise<readonly StoredFile[]> {
    if (reference.includes('\u0000')) return [];
    // Ordered by code point, as SQLite orders text, whatever the database's collation.
    const rows = await this.select<FileRow>(
      `SELECT files.id, question_id, position, name, media_type, size, sha256
       FROM files JOIN applications ON applications.id = files.application_id
       WHERE applications.reference = $1 ORDER BY question_id COLLATE "C", position`,
      [reference],
    );
    return rows.map((row) => ({
      questionId: row.question_id,
      position: row.position,
      name: row.name,
      mediaType: row.media_type,
      size: Number(row.size),
      sha256: row.sha256,
      content: () => Readable.from(this.chunks(row.id)),
    }));
  }

  /**
   * Writes a row and commits it, so "ready" means what a save needs: a connection, a database
   * that takes writes (not a read-only standby, not a full disk) and a commit flushed to disk.
   */
  async checkReady(): Promise<StoreReadiness> {
    try {
      await this.pool.query('INSERT INTO health_probe (id, checked_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at');
      return { ready: true };
    } catch (error) {
      return { ready: false, reason: postgresUnreadyReason(error) };
    }
  }

  /** Waits for the queries under way, then closes every connection of the pool (also the parked drafts'). */
  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  /** A file's chunks one query at a time, so memory holds one chunk; chunks of a committed file never change. */
  private async *chunks(fileId: string): AsyncGenerator<Buffer> {
    for (let sequence = 0; ; sequence += 1) {
      const [row] = await this.select<{ data: Buffer }>('SELECT data FROM file_chunks WHERE file_id = $1 AND sequence = $2', [fileId, sequence]);
      if (!row) return;
      yield row.data;
    }
  }

  private async insertOnce(client: PoolClient, input: NewApplication): Promise<SaveOutcome> {
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO applications (idempotency_key, content_digest, form_id, form_version, locale, received_at,
         expected_decision_by, status, device_id, application, answers, assistance, consent, status_code_hash,
         on_behalf, desk)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        input.idempotencyKey,
        input.contentDigest,
        input.application.formId,
        input.application.formVersion,
        input.application.locale,
        input.receivedAt,
        input.expectedDecisionBy,
        input.deviceId,
        JSON.stringify(input.application),
        JSON.stringify(input.answers),
        input.application.assistance ? JSON.stringify(input.application.assistance) : null,
        input.application.consent ? JSON.stringify(input.application.consent) : null,
        input.statusCodeHash ?? null,
        input.application.onBehalf ? JSON.stringify(input.application.onBehalf) : null,
        input.application.desk ? JSON.stringify(input.application.desk) : null,
      ],
    );
    const applicationId = inserted.rows[0]?.id;
    if (applicationId === undefined) {
      const winner = one(await client.query<KeyedRow>(`SELECT ${RECEIPT_COLUMNS}, content_digest FROM applications WHERE idempotency_key = $1`, [input.idempotencyKey]));
      return { kind: 'existing', receipt: toReceipt(winner), sameContent: winner.content_digest === input.contentDigest };
    }

    // Before the files are copied: a concurrent save from the same parked draft waits here on the
    // unique keys until the first commits, then inserts nothing and rolls back with the winner's
    // reference (READ COMMITTED: the next statement sees the committed row).
    const { fromParkedDraft } = input;
    if (fromParkedDraft) {
      const draftId = input.application.client.draftId;
      // No conflict target: a clash on the lookup id and one on the draft id both mean "sent before".
      const remembered = await client.query(
        `INSERT INTO sent_parked_drafts (lookup_id, draft_id, application_id, sent_at, remember_until) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING lookup_id`,
        [fromParkedDraft.lookupId, draftId, applicationId, input.receivedAt, fromParkedDraft.rememberUntil],
      );
      if (remembered.rowCount === 0) {
        const { reference } = one(
          await client.query<{ reference: string }>(
            `SELECT applications.reference FROM sent_parked_drafts JOIN applications ON applications.id = sent_parked_drafts.application_id
             WHERE lookup_id = $1 OR draft_id = $2 LIMIT 1`,
            [fromParkedDraft.lookupId, draftId],
          ),
        );
        throw new DraftSentBefore(reference);
      }
      await client.query('DELETE FROM parked_drafts WHERE lookup_id = $1', [fromParkedDraft.lookupId]);
    }

    for (const file of input.files) {
      const { id: fileId } = one(
        await client.query<{ id: string }>(
          'INSERT INTO files (application_id, question_id, position, name, media_type, size, sha256) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
          [applicationId, file.questionId, file.position, file.name, file.mediaType, file.size, file.sha256],
        ),
      );
      const insertChunk = async (sequence: number, data: Buffer) => {
        await client.query('INSERT INTO file_chunks (file_id, sequence, data) VALUES ($1, $2, $3)', [fileId, sequence, data]);
      };
      if (file.bytes) {
        for (const [sequence, data] of [...bytesInChunks(file.bytes, FILE_CHUNK_BYTES)].entries()) await insertChunk(sequence, data);
      } else {
        await readInChunks(file.path, file.size, FILE_CHUNK_BYTES, insertChunk);
      }
    }

    await recordWaitingForwarding(client, applicationId, input.receivedAt);

    const { last } = one(
      await client.query<{ last: number }>(
        'INSERT INTO reference_counters (year, last) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + 1 RETURNING last',
        [input.referenceYear],
      ),
    );
    const reference = formatReference(input.referenceYear, last);
    await client.query('UPDATE applications SET reference = $1 WHERE id = $2', [reference, applicationId]);
    return {
      kind: 'created',
      receipt: { reference, receivedAt: input.receivedAt.toISOString(), expectedDecisionBy: input.expectedDecisionBy, status: 'received' },
    };
  }

  /** The rows of a query on the pool, errors mapped to the store's. */
  private async select<Row extends object>(sql: string, values: readonly unknown[]): Promise<Row[]> {
    try {
      return (await this.pool.query<Row>(sql, [...values])).rows;
    } catch (error) {
      throw asPostgresStoreError(error);
    }
  }
}

/** Rolls the saving transaction back: its parked draft already became the application `reference`. */
class DraftSentBefore extends Error {
  override readonly name = 'DraftSentBefore';
  constructor(readonly reference: string) {
    super('The parked draft already became an application');
  }
}

/** The one row a statement returns by construction. */
function one<Row extends object>(result: QueryResult<Row>): Row {
  const row = result.rows[0];
  if (!row) throw new Error('The statement returned no row');
  return row;
}

function toReceipt(row: ReceiptRow): Receipt {
  return {
    reference: row.reference,
    receivedAt: row.received_at.toISOString(),
    expectedDecisionBy: row.expected_decision_by,
    status: row.status as Receipt['status'],
  };
}
