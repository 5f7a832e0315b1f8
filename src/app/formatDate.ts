import { MUNICIPAL_TIME_ZONE } from '../wizard';

/** "15 januari 2027" for an ISO date, read as a day in the Netherlands; `tag` is the language's BCP 47 tag (`Translator.tag`). */
export function formatLongDate(isoDate: string, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "29 november 2026 om 14:32" for an ISO date-time, in Dutch time. */
export function formatDateTime(isoDateTime: string, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: MUNICIPAL_TIME_ZONE }).format(new Date(isoDateTime));
}
