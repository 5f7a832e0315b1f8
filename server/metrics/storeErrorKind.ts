import { postgresUnreadyReason } from '../storage/postgres';
import type { StoreUnavailableError } from '../store/ApplicationStore';
import { unreadyReason } from '../store/unreadyReason';

/** What kind of "try again later" the store gave, as `intake_store_errors_total` counts it. */
export type StoreErrorKind = 'unavailable' | 'busy' | 'disk-full' | 'other';

/** SQLite result codes (https://www.sqlite.org/rescode.html) and errno names; anything else is a SQLSTATE or a driver message of PostgreSQL. */
const SQLITE_OR_ERRNO = /^(SQLITE_|E[A-Z]+$)/;

/**
 * The kind of a {@link StoreUnavailableError}, read from the code it was made from (its cause's
 * `code`, else its message, which the stores set to the code), in the health check's words:
 * `unavailable` for a database that cannot be reached or used, `busy` for locks and timeouts,
 * `disk-full`, and `other` for the rest (a read-only database or volume).
 */
export function storeErrorKind(error: StoreUnavailableError): StoreErrorKind {
  const cause = error.cause as { code?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : error.message;
  const reason = SQLITE_OR_ERRNO.test(code) ? unreadyReason({ code }) : postgresUnreadyReason({ code });
  if (reason === 'database-unavailable') return 'unavailable';
  if (reason === 'busy' || reason === 'disk-full') return reason;
  return 'other';
}
