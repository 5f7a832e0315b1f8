import type { ValidationCodeFor } from './codes';
import { isExistingDate } from './lib/isExistingDate';
import { toIsoDate } from './lib/toIsoDate';
import type { ValidationResult } from './ValidationResult';

/** Day, month, year as Dutch people write them: `5-3-2024`, `05/03/2024`, `5.3.2024`, `5 3 2024`. */
const dayMonthYear = /^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d+)$/;

/** ISO 8601 year-month-day, which is also the canonical form (so the server can re-validate it). */
const yearMonthDay = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Parses a date typed as `dd-mm-jjjj` or `d-m-jjjj` (separators `-`, `/`, `.` or spaces) or as ISO `jjjj-mm-dd`.
 *
 * Two-digit years are rejected rather than guessed: for a date of birth "12-03-25" could be 1925 or 2025.
 *
 * @returns on success the ISO date `YYYY-MM-DD`, e.g. `"2024-03-05"` for `"5-3-2024"`.
 *   Codes: `date.empty`, `date.format`, `date.shortYear` (year with 2 digits), `date.impossible`
 *   (a date that does not exist, such as 31-02-2024 or month 13).
 */
export function parseDate(raw: string): ValidationResult<string, ValidationCodeFor<'date'>> {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, code: 'date.empty' };

  let year: string;
  let month: string;
  let day: string;
  const iso = yearMonthDay.exec(trimmed);
  const dutch = dayMonthYear.exec(trimmed);
  if (iso !== null) [, year = '', month = '', day = ''] = iso;
  else if (dutch !== null) [, day = '', month = '', year = ''] = dutch;
  else return { ok: false, code: 'date.format' };

  if (year.length === 2) return { ok: false, code: 'date.shortYear' };
  if (year.length !== 4) return { ok: false, code: 'date.format' };
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (!isExistingDate(y, m, d)) return { ok: false, code: 'date.impossible' };
  return { ok: true, value: toIsoDate(y, m, d) };
}
