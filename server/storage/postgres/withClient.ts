import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` on one connection of the pool and gives it back. After an error the connection is
 * closed rather than reused: it may be broken or still inside a transaction, and closing it also
 * ends whatever session state (an advisory lock) it held.
 */
export async function withClient<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection lost between two queries (the server restarts while a save reads its temporary
  // file) is reported as an event, which would end the process without a listener; the next query
  // on the client fails with it, and that is where `work` hears of it.
  const ignore = () => undefined;
  client.on('error', ignore);
  let result: T;
  try {
    result = await work(client);
  } catch (error) {
    client.off('error', ignore);
    client.release(true);
    throw error;
  }
  client.off('error', ignore);
  client.release();
  return result;
}
