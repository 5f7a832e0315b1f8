import { MUNICIPAL_TIME_ZONE } from '../wizard';

const intlLocale = (locale: string) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** "15 januari 2027" for an ISO date, read as a day in the Netherlands. */
export function formatLongDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "29 november 2026 om 14:32" for an ISO date-time, in Dutch time. */
export function formatDateTime(isoDateTime: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: MUNICIPAL_TIME_ZONE }).format(new Date(isoDateTime));
}
