import { addDays } from './addDays';
import type { ValidationCodeFor } from './codes';
import { formatDateNl } from './formatDateNl';
import { requireIsoDate } from './lib/requireIsoDate';
import { parseDate } from './parseDate';
import type { ValidationResult } from './ValidationResult';

/**
 * Rules for {@link validateDate}. All are optional and combine; bounds are inclusive. "Today" is always the
 * `today` argument, never the clock.
 */
export interface DateRules {
  /** Reject dates before today (today itself is allowed). For event dates. */
  notInPast?: boolean;
  /** Reject dates after today (today itself is allowed). For a date of birth. */
  notInFuture?: boolean;
  /** Earliest allowed date is today + this many calendar days, e.g. 56 when an application needs 8 weeks. */
  minDaysAhead?: number;
  /** Latest allowed date is today + this many calendar days. */
  maxDaysAhead?: number;
  /** Earliest allowed date, ISO `YYYY-MM-DD`. */
  min?: string;
  /** Latest allowed date, ISO `YYYY-MM-DD`. */
  max?: string;
}

/**
 * Parses a typed date with {@link parseDate} and checks it against `rules`.
 *
 * `today` is passed in (ISO `YYYY-MM-DD`, in the municipality's time zone) instead of read from the clock, so
 * the browser and the intake service give the same answer, and tests are deterministic.
 *
 * When a date breaks several rules, the most helpful code wins: `date.tooSoon` before `date.inPast`, because it
 * names the earliest date that is allowed.
 *
 * @returns on success the ISO date. Codes: those of {@link parseDate}, and `date.tooSoon` (params: `days`,
 *   `earliest` as dd-mm-jjjj), `date.inPast`, `date.beforeMin` (params: `min` as dd-mm-jjjj), `date.tooLate`
 *   (params: `days`, `latest` as dd-mm-jjjj), `date.inFuture`, `date.afterMax` (params: `max` as dd-mm-jjjj).
 * @throws RangeError when `today`, `rules.min` or `rules.max` is not an existing ISO date, or a days rule is not
 *   an integer: those come from code, not from a person.
 */
export function validateDate(
  raw: string,
  rules: DateRules,
  today: string,
): ValidationResult<string, ValidationCodeFor<'date'>> {
  requireIsoDate(today, 'validateDate: today');
  if (rules.min !== undefined) requireIsoDate(rules.min, 'validateDate: rules.min');
  if (rules.max !== undefined) requireIsoDate(rules.max, 'validateDate: rules.max');

  const parsed = parseDate(raw);
  if (!parsed.ok) return parsed;
  // ISO dates with 4-digit years sort correctly as text, so plain string comparison is date comparison.
  const date = parsed.value;

  if (rules.minDaysAhead !== undefined) {
    const earliest = addDays(today, rules.minDaysAhead);
    if (date < earliest) {
      const params = { days: rules.minDaysAhead, earliest: formatDateNl(earliest) };
      return { ok: false, code: 'date.tooSoon', params };
    }
  }
  if (rules.notInPast && date < today) return { ok: false, code: 'date.inPast' };
  if (rules.min !== undefined && date < rules.min) {
    return { ok: false, code: 'date.beforeMin', params: { min: formatDateNl(rules.min) } };
  }
  if (rules.maxDaysAhead !== undefined) {
    const latest = addDays(today, rules.maxDaysAhead);
    if (date > latest) {
      const params = { days: rules.maxDaysAhead, latest: formatDateNl(latest) };
      return { ok: false, code: 'date.tooLate', params };
    }
  }
  if (rules.notInFuture && date > today) return { ok: false, code: 'date.inFuture' };
  if (rules.max !== undefined && date > rules.max) {
    return { ok: false, code: 'date.afterMax', params: { max: formatDateNl(rules.max) } };
  }
  return { ok: true, value: date };
}
