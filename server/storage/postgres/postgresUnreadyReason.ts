import type { StoreUnreadyReason } from '../../applications/ApplicationStore';

/** PostgreSQL's error class as the health check names it (https://www.postgresql.org/docs/15/errcodes-appendix.html). */
export function postgresUnreadyReason(error: unknown): StoreUnreadyReason {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === '25006') return 'read-only';
  if (code === '53100') return 'disk-full';
  if (code === '55P03' || code === '57014' || code === '40P01') return 'busy';
  return 'database-unavailable';
}
