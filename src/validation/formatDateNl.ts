import { readIsoDate } from './lib/readIsoDate';

/**
 * Formats an ISO date (`YYYY-MM-DD`) the Dutch way, `dd-mm-jjjj`, for display and messages:
 * `"2024-03-05"` → `"05-03-2024"`.
 *
 * Text that is not an existing ISO date is returned unchanged, so a summary page never hides what was stored.
 */
export function formatDateNl(iso: string): string {
  if (readIsoDate(iso) === undefined) return iso;
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}
