import { requireIsoDate } from './lib/requireIsoDate';
import { toIsoDate } from './lib/toIsoDate';

/**
 * Adds whole calendar days to an ISO date: `addDays("2024-02-28", 2)` → `"2024-03-01"`. `days` may be negative.
 *
 * Pure date arithmetic in UTC, so daylight-saving changes and the time zone of the browser or server never shift
 * the result (a local-time "day" can be 23 or 25 hours). Used to compute earliest dates and decision dates.
 *
 * @throws RangeError when `iso` is not an existing `YYYY-MM-DD` date or `days` is not an integer.
 */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = requireIsoDate(iso, 'addDays: iso');
  if (!Number.isInteger(days)) throw new RangeError(`addDays: days must be an integer, got ${days}`);
  const result = new Date(Date.UTC(year, month - 1, day + days));
  return toIsoDate(result.getUTCFullYear(), result.getUTCMonth() + 1, result.getUTCDate());
}
