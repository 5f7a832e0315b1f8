/**
 * The move did not start or did not finish, for a reason the person running it can act on (the
 * service still runs, the target holds other data, a text PostgreSQL cannot hold). The message is
 * one plain line, Dutch / English, and never holds a lookup id or a database password. Nothing was
 * changed in PostgreSQL: the copy is one transaction (see `moveToPostgres`).
 */
export class MoveRefusedError extends Error {
  override readonly name = 'MoveRefusedError';
}
