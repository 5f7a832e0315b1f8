import type { TableCounts } from './TableCounts';

/**
 * The rows of each table the move copies, counted by `count`, which is given a table name that
 * both schemas share (server/storage/sqlite/SqliteApplicationStore.ts, docs/postgres.md).
 */
export async function countTables(count: (table: string) => Promise<number>): Promise<TableCounts> {
  return {
    applications: await count('applications'),
    files: await count('files'),
    chunks: await count('file_chunks'),
    parkedDrafts: await count('parked_drafts'),
    sentParkedDrafts: await count('sent_parked_drafts'),
    referenceCounters: await count('reference_counters'),
    forwarding: await count('forwarding'),
    forwardingAttempts: await count('forwarding_attempts'),
    caseStatus: await count('case_status'),
  };
}
