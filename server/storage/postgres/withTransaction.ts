import type { ClientBase } from 'pg';

/**
 * Runs `work` in one transaction on `client`: committed when it resolves, rolled back when it
 * throws. Use it inside {@link withClient}, which closes a connection whose rollback failed too.
 */
export async function withTransaction<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  let result: T;
  try {
    result = await work();
  } catch (error) {
    // The connection may be gone; then the server has rolled back already, and the first error is the one to report.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  await client.query('COMMIT');
  return result;
}
