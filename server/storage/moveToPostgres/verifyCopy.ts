import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';
import { countPostgresTables } from './countPostgresTables';
import { MISSING, type Mismatch } from './Mismatch';
import { sameJson } from './sameJson';
import type { SourceApplication, SourceChunk, SourceFile } from './SourceRows';
import type { SqliteSource } from './SqliteSource';
import { verifyForwarding } from './verifyForwarding';
import { verifyCaseStatus } from './verifyCaseStatus';

interface TargetApplication {
  id: string;
  idempotency_key: string;
  content_digest: string;
  form_id: string;
  form_version: number;
  locale: string;
  received_at: Date;
  expected_decision_by: string;
  status: string;
  device_id: string;
  application_json: string;
  answers_json: string;
  assistance_json: string | null;
  consent_json: string | null;
  status_code_hash: string | null;
  on_behalf_json: string | null;
  desk_json: string | null;
}

interface TargetFile {
  id: string;
  name: string;
  media_type: string;
  size: string;
  sha256: string;
}

/** The bytes of one file as read: how many and their SHA-256. */
interface ReadBack {
  readonly size: number;
  readonly sha256: string;
}

/**
 * Reads everything back from PostgreSQL (through `client`, so inside the copying transaction it
 * sees the copy) and compares it with `source`: the rows per table; every application's columns
 * (content digest, receipt, status, device, the JSON by value); every file's record, and its
 * bytes read back chunk by chunk, as the PostgreSQL store reads them, whose SHA-256 must equal the
 * stored `sha256` and that of the SQLite bytes; every parked draft and sent parked draft; the
 * forwarding outbox with its history (`verifyForwarding`); the snapshots of the zaken
 * (`verifyCaseStatus`); every reference counter. Memory holds
 * one chunk at a time.
 * @returns every difference found; none means the copy is whole.
 */
export async function verifyCopy(client: ClientBase, source: SqliteSource): Promise<Mismatch[]> {
  const mismatches: Mismatch[] = [];
  const sourceCounts = await source.counts();
  const targetCounts = await countPostgresTables(client);
  for (const [name, count] of Object.entries(sourceCounts)) {
    const target = targetCounts[name as keyof typeof targetCounts];
    if (target !== count) mismatches.push({ where: `tabel / table ${name}`, what: `SQLite ${count}, PostgreSQL ${target}` });
  }
  for (const application of source.applications()) mismatches.push(...(await compareApplication(client, source, application)));
  for (const draft of source.parkedDrafts()) {
    const where = `geparkeerd concept van / parked draft stored at ${draft.stored_at}`;
    const [row] = (
      await client.query<{ sealed: string; stored_at: Date; expires_at: Date }>('SELECT sealed::text AS sealed, stored_at, expires_at FROM parked_drafts WHERE lookup_id = $1', [
        draft.lookup_id,
      ])
    ).rows;
    if (!row) mismatches.push({ where, what: MISSING });
    else if (!sameJson(draft.sealed_json, row.sealed) || row.stored_at.toISOString() !== draft.stored_at || row.expires_at.toISOString() !== draft.expires_at) {
      mismatches.push({ where, what: 'anders in PostgreSQL / differs in PostgreSQL' });
    }
  }
  for (const sent of source.sentParkedDrafts()) {
    const [row] = (
      await client.query<{ draft_id: string; reference: string; sent_at: Date; remember_until: Date }>(
        `SELECT draft_id, applications.reference, sent_at, remember_until
         FROM sent_parked_drafts JOIN applications ON applications.id = sent_parked_drafts.application_id WHERE lookup_id = $1`,
        [sent.lookup_id],
      )
    ).rows;
    const where = `verstuurd geparkeerd concept van / sent parked draft of ${sent.reference}`;
    if (!row) mismatches.push({ where, what: MISSING });
    else if (row.draft_id !== sent.draft_id || row.reference !== sent.reference || row.sent_at.toISOString() !== sent.sent_at || row.remember_until.toISOString() !== sent.remember_until) {
      mismatches.push({ where, what: 'anders in PostgreSQL / differs in PostgreSQL' });
    }
  }
  mismatches.push(...(await verifyForwarding(client, source)));
  mismatches.push(...(await verifyCaseStatus(client, source)));
  for (const counter of source.referenceCounters()) {
    const [row] = (await client.query<{ last: number }>('SELECT last FROM reference_counters WHERE year = $1', [counter.year])).rows;
    if (row?.last !== counter.last) {
      mismatches.push({ where: `referentieteller / reference counter ${counter.year}`, what: `SQLite ${counter.last}, PostgreSQL ${row?.last ?? '-'}` });
    }
  }
  return mismatches;
}

async function compareApplication(client: ClientBase, source: SqliteSource, application: SourceApplication): Promise<Mismatch[]> {
  const where = application.reference;
  const [row] = (
    await client.query<TargetApplication>(
      `SELECT id, idempotency_key, content_digest, form_id, form_version, locale, received_at,
         to_char(expected_decision_by, 'YYYY-MM-DD') AS expected_decision_by, status, device_id,
         application::text AS application_json, answers::text AS answers_json, assistance::text AS assistance_json, consent::text AS consent_json,
         status_code_hash, on_behalf::text AS on_behalf_json, desk::text AS desk_json
       FROM applications WHERE reference = $1`,
      [application.reference],
    )
  ).rows;
  if (!row) return [{ where, what: MISSING }];
  const columns = {
    idempotency_key: row.idempotency_key === application.idempotency_key,
    content_digest: row.content_digest === application.content_digest,
    form_id: row.form_id === application.form_id,
    form_version: row.form_version === application.form_version,
    locale: row.locale === application.locale,
    received_at: row.received_at.toISOString() === application.received_at,
    expected_decision_by: row.expected_decision_by === application.expected_decision_by,
    status: row.status === application.status,
    device_id: row.device_id === application.device_id,
    application: sameJson(row.application_json, application.application_json),
    answers: sameJson(row.answers_json, application.answers_json),
    assistance: sameJson(row.assistance_json, application.assistance_json),
    consent: sameJson(row.consent_json, application.consent_json),
    status_code_hash: row.status_code_hash === application.status_code_hash,
    on_behalf: sameJson(row.on_behalf_json, application.on_behalf_json),
    desk: sameJson(row.desk_json, application.desk_json),
  };
  const differing = Object.entries(columns).filter(([, same]) => !same).map(([column]) => column);
  const mismatches: Mismatch[] = differing.length > 0 ? [{ where, what: `kolommen anders / columns differ: ${differing.join(', ')}` }] : [];
  for (const file of source.files(application.reference)) {
    const problem = await compareFile(client, source, row.id, file);
    if (problem) mismatches.push({ where, what: `bestand / file ${file.question_id} ${file.position} (${file.name}): ${problem}` });
  }
  return mismatches;
}

/** What is wrong with one file in PostgreSQL or in SQLite; undefined when its record and bytes are the same in both. */
async function compareFile(client: ClientBase, source: SqliteSource, applicationId: string, file: SourceFile): Promise<string | undefined> {
  const [row] = (
    await client.query<TargetFile>('SELECT id, name, media_type, size, sha256 FROM files WHERE application_id = $1 AND question_id = $2 AND position = $3', [
      applicationId,
      file.question_id,
      file.position,
    ])
  ).rows;
  if (!row) return MISSING;
  if (row.name !== file.name || row.media_type !== file.media_type || Number(row.size) !== file.size || row.sha256 !== file.sha256) {
    return 'gegevens anders in PostgreSQL / its record differs in PostgreSQL';
  }
  const fromSqlite = await readBack(dataOf(source.chunks(file.id)));
  if (fromSqlite.sha256 !== file.sha256 || fromSqlite.size !== file.size) {
    return `de bytes in SQLite kloppen niet met de opgeslagen SHA-256 / the bytes in SQLite do not match the stored SHA-256 (${fromSqlite.size} bytes, ${fromSqlite.sha256})`;
  }
  const fromPostgres = await readBack(chunksInPostgres(client, row.id));
  if (fromPostgres.sha256 !== file.sha256 || fromPostgres.size !== file.size) {
    return `de bytes in PostgreSQL kloppen niet met de opgeslagen SHA-256 / the bytes in PostgreSQL do not match the stored SHA-256 (${fromPostgres.size} bytes, ${fromPostgres.sha256})`;
  }
  return undefined;
}

/**
 * A file's chunks from PostgreSQL as `PostgresApplicationStore.findFiles` reads them: sequence 0,
 * 1, 2, … until one is missing, one query each.
 */
async function* chunksInPostgres(client: ClientBase, fileId: string): AsyncGenerator<Buffer> {
  for (let sequence = 0; ; sequence += 1) {
    const [row] = (await client.query<{ data: Buffer }>('SELECT data FROM file_chunks WHERE file_id = $1 AND sequence = $2', [fileId, sequence])).rows;
    if (!row) return;
    yield row.data;
  }
}

function* dataOf(chunks: Iterable<SourceChunk>): Generator<Buffer> {
  for (const chunk of chunks) yield chunk.data;
}

/** Size and SHA-256 of the bytes of `chunks`, taken one chunk at a time. */
async function readBack(chunks: Iterable<Buffer> | AsyncIterable<Buffer>): Promise<ReadBack> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}
