import type { ClientBase } from 'pg';
import { refuseNulCharacters } from '../postgres/refuseNulCharacters';
import { UnstorableTextError } from '../postgres/UnstorableTextError';
import { MoveRefusedError } from './MoveRefusedError';
import type { SqliteSource } from './SqliteSource';

/**
 * Copies every row of `source` into the empty PostgreSQL tables, inside the caller's transaction:
 * applications with every column and their files chunk by chunk (one chunk in memory, the chunks
 * as stored), parked drafts, sent parked drafts, the forwarding outbox with its history, the
 * snapshots of the zaken (`case_status`, a poll under way released as a try is), and the
 * reference counters, so the next reference of each year follows the last one given on SQLite.
 * Text goes over as stored: JSON text becomes `jsonb`, ISO times `timestamptz`, `YYYY-MM-DD` a
 * `date`; `verifyCopy` reads each back.
 *
 * The outbox goes over as it stood, so a forwarder on PostgreSQL goes on where SQLite's stopped:
 * the PostgreSQL migration writes `waiting` rows only for the applications present when it runs,
 * which before a move are none, so without these rows a moved application would never be
 * registered, and a registered one would be registered again. A lease goes over released: the
 * service is stopped, so the try it stood for is over; the row is `waiting` and due as before that
 * try (which was counted in `attempts`), with the checkpoints it saved (docs/forwarding.md, "The
 * claim"). The history keeps its order: its lines are inserted in SQLite's order, so PostgreSQL's
 * ids follow it.
 *
 * @throws MoveRefusedError naming the application (or the parked draft's time, never its lookup
 *   id) whose text PostgreSQL cannot hold: U+0000, which SQLite keeps, or JSON or a time it refuses.
 */
export async function copyToPostgres(client: ClientBase, source: SqliteSource): Promise<void> {
  for (const row of source.applications()) {
    await explained(`aanvraag / application ${row.reference}`, async () => {
      refuseNulCharacters({
        ...row,
        application_json: JSON.parse(row.application_json),
        answers_json: JSON.parse(row.answers_json),
        assistance_json: row.assistance_json === null ? null : JSON.parse(row.assistance_json),
        consent_json: row.consent_json === null ? null : JSON.parse(row.consent_json),
        on_behalf_json: row.on_behalf_json === null ? null : JSON.parse(row.on_behalf_json),
        desk_json: row.desk_json === null ? null : JSON.parse(row.desk_json),
      });
      const { id: applicationId } = first(
        await client.query<{ id: string }>(
          `INSERT INTO applications (reference, idempotency_key, content_digest, form_id, form_version, locale, received_at,
             expected_decision_by, status, device_id, application, answers, assistance, consent, status_code_hash,
             on_behalf, desk)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
          [
            row.reference,
            row.idempotency_key,
            row.content_digest,
            row.form_id,
            row.form_version,
            row.locale,
            row.received_at,
            row.expected_decision_by,
            row.status,
            row.device_id,
            row.application_json,
            row.answers_json,
            row.assistance_json,
            row.consent_json,
            row.status_code_hash,
            row.on_behalf_json,
            row.desk_json,
          ],
        ),
      );
      for (const file of source.files(row.reference)) {
        refuseNulCharacters({ [`files.${file.question_id}`]: file });
        const { id: fileId } = first(
          await client.query<{ id: string }>(
            'INSERT INTO files (application_id, question_id, position, name, media_type, size, sha256) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
            [applicationId, file.question_id, file.position, file.name, file.media_type, file.size, file.sha256],
          ),
        );
        for (const chunk of source.chunks(file.id)) {
          await client.query('INSERT INTO file_chunks (file_id, sequence, data) VALUES ($1, $2, $3)', [fileId, chunk.sequence, chunk.data]);
        }
      }
    });
  }
  for (const row of source.parkedDrafts()) {
    await explained(`geparkeerd concept van / parked draft stored at ${row.stored_at}`, async () => {
      refuseNulCharacters({ lookupId: row.lookup_id, sealed: JSON.parse(row.sealed_json) });
      await client.query('INSERT INTO parked_drafts (lookup_id, sealed, stored_at, expires_at) VALUES ($1, $2, $3, $4)', [
        row.lookup_id,
        row.sealed_json,
        row.stored_at,
        row.expires_at,
      ]);
    });
  }
  for (const row of source.sentParkedDrafts()) {
    await explained(`verstuurd geparkeerd concept van / sent parked draft of ${row.reference}`, async () => {
      refuseNulCharacters({ lookupId: row.lookup_id, draftId: row.draft_id });
      await client.query(
        `INSERT INTO sent_parked_drafts (lookup_id, draft_id, application_id, sent_at, remember_until)
         SELECT $1, $2, id, $4, $5 FROM applications WHERE reference = $3`,
        [row.lookup_id, row.draft_id, row.reference, row.sent_at, row.remember_until],
      );
    });
  }
  for (const row of source.forwarding()) {
    await explained(`doorsturen van / forwarding of ${row.reference}`, async () => {
      refuseNulCharacters({ ...row, checkpoints_json: JSON.parse(row.checkpoints_json) });
      await client.query(
        `INSERT INTO forwarding (application_id, state, attempts, next_attempt_at, checkpoints, reason, zaak_url, zaak_identificatie, registered_at, queued_at)
         SELECT id, $2::text, $3::integer, $4::timestamptz, $5::jsonb, $6::text, $7::text, $8::text, $9::timestamptz, $10::timestamptz
         FROM applications WHERE reference = $1`,
        [
          row.reference,
          row.state,
          row.attempts,
          row.next_attempt_at,
          row.checkpoints_json,
          row.reason,
          row.zaak_url,
          row.zaak_identificatie,
          row.registered_at,
          row.queued_at,
        ],
      );
    });
  }
  for (const row of source.forwardingAttempts()) {
    await explained(`doorsturen van / forwarding of ${row.reference}`, async () => {
      refuseNulCharacters({ ...row });
      await client.query(
        `INSERT INTO forwarding_attempts (application_id, at, step, outcome, message, detail, requested_by)
         SELECT id, $2::timestamptz, $3::text, $4::text, $5::text, $6::text, $7::text FROM applications WHERE reference = $1`,
        [row.reference, row.at, row.step, row.outcome, row.message, row.detail, row.requested_by],
      );
    });
  }
  for (const row of source.caseStatuses()) {
    await explained(`zaakstatus van / case status of ${row.reference}`, async () => {
      refuseNulCharacters({ ...row, snapshot_json: row.snapshot_json === null ? null : JSON.parse(row.snapshot_json) });
      await client.query(
        `INSERT INTO case_status (application_id, snapshot, checked_at, last_failed_at, next_poll_at)
         SELECT id, $2::jsonb, $3::timestamptz, $4::timestamptz, $5::timestamptz FROM applications WHERE reference = $1`,
        [row.reference, row.snapshot_json, row.checked_at, row.last_failed_at, row.next_poll_at],
      );
    });
  }
  for (const row of source.referenceCounters()) {
    await client.query('INSERT INTO reference_counters (year, last) VALUES ($1, $2)', [row.year, row.last]);
  }
}

/**
 * Runs `copy` and turns a refusal of its data into a {@link MoveRefusedError} that says `where`:
 * a NUL found before sending, or a data exception of PostgreSQL (SQLSTATE class 22, e.g. JSON or a
 * time it cannot read, https://www.postgresql.org/docs/current/errcodes-appendix.html).
 */
async function explained(where: string, copy: () => Promise<void>): Promise<void> {
  try {
    await copy();
  } catch (error) {
    if (error instanceof UnstorableTextError) {
      throw new MoveRefusedError(`${where}: tekens die PostgreSQL niet kan bewaren in / text PostgreSQL cannot hold (U+0000) in ${error.field}; nothing was copied.`, {
        cause: error,
      });
    }
    if (error instanceof SyntaxError) throw new MoveRefusedError(`${where}: geen geldige JSON in SQLite / no valid JSON in SQLite; nothing was copied.`, { cause: error });
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('22')) {
      throw new MoveRefusedError(`${where}: PostgreSQL weigert / PostgreSQL refuses: ${(error as Error).message}; nothing was copied.`, { cause: error });
    }
    throw error;
  }
}

/** The one row an INSERT … RETURNING gives. */
function first<Row>(result: { readonly rows: readonly Row[] }): Row {
  const row = result.rows[0];
  if (row === undefined) throw new Error('The statement returned no row');
  return row;
}
