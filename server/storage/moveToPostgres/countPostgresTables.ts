import type { ClientBase } from 'pg';
import { countTables } from './countTables';
import type { TableCounts } from './TableCounts';

/** The rows of each table the move copies, in PostgreSQL as `client` sees them. */
export function countPostgresTables(client: ClientBase): Promise<TableCounts> {
  return countTables(async (table) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n));
}
