import type { ClientBase } from 'pg';
import { countPostgresTables } from './countPostgresTables';
import type { SqliteSource } from './SqliteSource';
import type { TableCounts } from './TableCounts';

/**
 * What the PostgreSQL database holds before a move: nothing (`empty`: copy), the applications of
 * `source` and no others, each with its idempotency key and content digest (`same`: moved before,
 * only check), or anything else (`other`: refuse, so nothing there is mixed or overwritten).
 */
export interface TargetState {
  readonly kind: 'empty' | 'same' | 'other';
  /** The rows per table found in PostgreSQL. */
  readonly counts: TableCounts;
}

export async function targetState(client: ClientBase, source: SqliteSource): Promise<TargetState> {
  const counts = await countPostgresTables(client);
  if (Object.values(counts).every((count) => count === 0)) return { kind: 'empty', counts };
  if (counts.applications !== (await source.counts()).applications) return { kind: 'other', counts };
  for (const application of source.applications()) {
    const [row] = (
      await client.query<{ idempotency_key: string; content_digest: string }>('SELECT idempotency_key, content_digest FROM applications WHERE reference = $1', [
        application.reference,
      ])
    ).rows;
    if (row?.idempotency_key !== application.idempotency_key || row.content_digest !== application.content_digest) return { kind: 'other', counts };
  }
  return { kind: 'same', counts };
}
