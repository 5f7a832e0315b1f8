import { StoreUnavailableError } from '../../applications/ApplicationStore';
import { postgresUnreadyReason } from './postgresUnreadyReason';
import { UnstorableTextError } from './UnstorableTextError';

/**
 * SQLSTATE codes and classes that mean "not now" rather than "never"
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html): connection exceptions (08),
 * read-only transaction (25006, e.g. a standby after failover), serialization failure and deadlock
 * (40001, 40P01), insufficient resources such as a full disk (53), lock not available (55P03),
 * query cancelled (57014), shutdown or recovery (57P), and system I/O errors (58).
 */
const UNAVAILABLE_SQLSTATE = /^(08|25006$|40001$|40P01$|53|55P03$|57014$|57P|58)/;

/** Socket errors of a server that is down or out of reach. */
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What node-postgres says, without a code, when a connection is lost or cannot be had in time. */
const UNAVAILABLE_DRIVER_MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect|timeout expired|Query read timeout|Client has encountered a connection error)/;

/** SQLSTATE of text the database cannot hold: NUL in `text` (22021) or in `jsonb` (22P05). */
const UNSTORABLE_TEXT_SQLSTATE = new Set(['22021', '22P05']);

/**
 * A database error that means "try again later" as a {@link StoreUnavailableError} (503), one of
 * text PostgreSQL cannot hold as an {@link UnstorableTextError}, any other error as it is.
 */
export function asPostgresStoreError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError || error instanceof UnstorableTextError) return error;
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && UNSTORABLE_TEXT_SQLSTATE.has(code)) return new UnstorableTextError('(found by the database)', { cause: error });
  const unavailable =
    (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SOCKET.has(code))) ||
    (typeof message === 'string' && UNAVAILABLE_DRIVER_MESSAGE.test(message));
  return unavailable ? new StoreUnavailableError(postgresUnreadyReason(error), typeof code === 'string' ? code : String(message), { cause: error }) : error;
}
