import { isExistingDate } from './isExistingDate';

/** A calendar date split into numbers; `month` is 1–12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Reads a strict ISO date `YYYY-MM-DD` that exists (see {@link isExistingDate}), as produced by `parseDate`.
 * Returns `undefined` for anything else.
 */
export function readIsoDate(iso: string): DateParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isExistingDate(year, month, day) ? { year, month, day } : undefined;
}
