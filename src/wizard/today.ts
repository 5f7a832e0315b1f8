/** The municipality's time zone: "today" for date rules and terms is the day in the Netherlands. */
export const MUNICIPAL_TIME_ZONE = 'Europe/Amsterdam';

/** Today's date as ISO `YYYY-MM-DD` in the municipality's time zone, also on a server in UTC. */
export function todayIso(now: Date = new Date()): string {
  // The sv-SE locale formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: MUNICIPAL_TIME_ZONE }).format(now);
}
