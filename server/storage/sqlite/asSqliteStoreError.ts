import { StoreUnavailableError } from '../../applications/ApplicationStore';
import { sqliteUnreadyReason } from './sqliteUnreadyReason';

/** SQLite result codes that mean "not now" rather than "never": https://www.sqlite.org/rescode.html */
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN)/;

/** A SQLite error that means "try again later" as a {@link StoreUnavailableError} (503); any other error as it is. */
export function asSqliteStoreError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && UNAVAILABLE_CODES.test(code) ? new StoreUnavailableError(sqliteUnreadyReason(error), code, { cause: error }) : error;
}
