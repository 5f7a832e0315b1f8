import type { StoreUnreadyReason } from '../../applications/ApplicationStore';

/**
 * What an error from SQLite (https://www.sqlite.org/rescode.html) or the file system says about
 * the store, in the health check's words. Anything it does not recognise means the database
 * cannot be used as it is (gone, closed, damaged, an I/O error).
 */
export function sqliteUnreadyReason(error: unknown): StoreUnreadyReason {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return 'database-unavailable';
  if (/^SQLITE_FULL|^ENOSPC$|^EDQUOT$/.test(code)) return 'disk-full';
  if (/^SQLITE_READONLY|^EROFS$|^EACCES$|^EPERM$/.test(code)) return 'read-only';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'busy';
  return 'database-unavailable';
}
