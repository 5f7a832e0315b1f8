/** The municipality's time zone: "today" for date rules and terms is the day in the Netherlands. */
export const MUNICIPAL_TIME_ZONE = 'Europe/Amsterdam';

/**
 * Made once: constructing an `Intl.DateTimeFormat` loads locale and time-zone data and costs far more
 * than formatting with it, and "today" is asked several times per render of a step
 * (https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date/toLocaleDateString#performance).
 * The sv-SE locale formats dates as YYYY-MM-DD. Made on first use, not on import: the start screen
 * imports this module (for `MUNICIPAL_TIME_ZONE`) and never asks for today, and loading the time-zone
 * data at import measured as a large part of the start screen's module evaluation at 4x CPU.
 */
let isoDateInMunicipality: Intl.DateTimeFormat | undefined;

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
    isoDateInMunicipality ??= new Intl.DateTimeFormat('sv-SE', { timeZone: MUNICIPAL_TIME_ZONE });
    cached = { hour, iso: isoDateInMunicipality.format(now) };
  }
  return cached.iso;
}
