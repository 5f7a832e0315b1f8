import { addDays } from './addDays';

/**
 * Adds whole weeks to an ISO date: `addWeeks("2024-12-23", 2)` → `"2025-01-06"`. `weeks` may be negative.
 * Legal terms are often in weeks (e.g. a decision within 8 weeks); a week is always 7 calendar days.
 *
 * @throws RangeError when `iso` is not an existing `YYYY-MM-DD` date or `weeks` is not an integer.
 */
export function addWeeks(iso: string, weeks: number): string {
  if (!Number.isInteger(weeks)) throw new RangeError(`addWeeks: weeks must be an integer, got ${weeks}`);
  return addDays(iso, weeks * 7);
}
