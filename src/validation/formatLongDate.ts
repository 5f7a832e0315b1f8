import { readIsoDate } from './lib/readIsoDate';
import { dateTimeFormat } from './intlFormats';

/**
 * An ISO date (`YYYY-MM-DD`) as the language of the BCP 47 `tag` writes it in full, with the name of
 * the month from `Intl`: "15 januari 2027" (nl-NL), "15 January 2027" (en-GB). Read as a calendar
 * day, so no time zone moves it to the day before.
 *
 * Text that is not an existing ISO date is returned unchanged, so a summary page never hides what was stored.
 */
export function formatLongDate(iso: string, tag: string): string {
  if (readIsoDate(iso) === undefined) return iso;
  return dateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
