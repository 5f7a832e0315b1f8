import { dateTimeFormat } from '../validation';

/** The municipality's time zone: "today" for date rules and terms is the day in the Netherlands. */
export const MUNICIPAL_TIME_ZONE = 'Europe/Amsterdam';

const HOUR_MS = 3_600_000;
/** The last answer, for the hour (since the epoch) it was asked in. */
let cached: { hour: number; iso: string } | undefined;

/**
 * Today's date as ISO `YYYY-MM-DD` in the municipality's time zone, also on a server in UTC.
 * Formatted once per hour: since 1940 Amsterdam is a whole number of hours off UTC (CET +1, CEST +2,
 * https://www.iana.org/time-zones), so its date cannot change within an hour since the epoch, and
 * a step asks for today many times per keystroke.
 */
export function todayIso(now: Date = new Date()): string {
  const hour = Math.floor(now.getTime() / HOUR_MS);
  if (cached?.hour !== hour) {
    // The sv-SE locale writes dates as YYYY-MM-DD.
    cached = { hour, iso: dateTimeFormat('sv-SE', { timeZone: MUNICIPAL_TIME_ZONE }).format(now) };
  }
  return cached.iso;
}
