/** The municipality's time zone: "today" for date rules and terms is the day in the Netherlands. */
export const MUNICIPAL_TIME_ZONE = 'Europe/Amsterdam';

/**
 * Made once: constructing an `Intl.DateTimeFormat` loads locale and time-zone data and costs far more
 * than formatting with it, and "today" is asked several times per render of a step
 * (https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date/toLocaleDateString#performance).
 * The sv-SE locale formats dates as YYYY-MM-DD.
 */
const isoDateInMunicipality = new Intl.DateTimeFormat('sv-SE', { timeZone: MUNICIPAL_TIME_ZONE });

/** Today's date as ISO `YYYY-MM-DD` in the municipality's time zone, also on a server in UTC. */
export function todayIso(now: Date = new Date()): string {
  return isoDateInMunicipality.format(now);
}
