import { MUNICIPAL_TIME_ZONE } from '../wizard';
import { dateTimeFormat } from '../validation';

/** "29 november 2026 om 14:32" for an ISO date-time, in Dutch time. */
export function formatDateTime(isoDateTime: string, tag: string): string {
  return dateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: MUNICIPAL_TIME_ZONE }).format(new Date(isoDateTime));
}
