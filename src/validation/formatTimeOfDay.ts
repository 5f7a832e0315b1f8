import { dateTimeFormat } from './intlFormats';

/**
 * A time of day (`HH:MM`, as `validateTime` gives it) as the language of the BCP 47 `tag` writes
 * it: "14:00" (nl-NL), "2:00 PM" (en-US). Text of another shape is returned unchanged.
 */
export function formatTimeOfDay(time: string, tag: string): string {
  const parts = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!parts) return time;
  return dateTimeFormat(tag, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, Number(parts[1]), Number(parts[2])));
}
