/** A date part of an ISO 8601 duration (`P1Y2M3W4D`); a time part of whole days only (`PT48H`). */
const DURATION = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?(?:T(?:(\d{1,6})H)?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `date` (ISO) plus an ISO 8601 duration as the ZGW APIs give a term (`verlenging.duur`, e.g. `P6W`,
 * `P1M`, `P10D`): years and months as calendar months, clamped to the month's last day (31 January
 * plus a month is 28 or 29 February, as a term in law counts it), then weeks and days; hours only
 * in whole days. In UTC, so no time zone shifts the day.
 * @returns the ISO date, or undefined when the date or the duration is not one of these shapes.
 */
export function addIsoDuration(date: string, duration: string): string | undefined {
  const day = ISO_DATE.exec(date);
  const term = DURATION.exec(duration);
  if (!day || !term || duration === 'P' || duration.endsWith('T')) return undefined;
  const [, years = '0', months = '0', weeks = '0', days = '0', hours = '0'] = term;
  if (Number(hours) % 24 !== 0) return undefined;
  const start = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  if (start.toISOString().slice(0, 10) !== date) return undefined;
  const monthIndex = start.getUTCMonth() + Number(years) * 12 + Number(months);
  const lastDayOfMonth = new Date(Date.UTC(start.getUTCFullYear(), monthIndex + 1, 0)).getUTCDate();
  const moved = new Date(Date.UTC(start.getUTCFullYear(), monthIndex, Math.min(start.getUTCDate(), lastDayOfMonth)));
  moved.setUTCDate(moved.getUTCDate() + Number(weeks) * 7 + Number(days) + Number(hours) / 24);
  return moved.toISOString().slice(0, 10);
}
