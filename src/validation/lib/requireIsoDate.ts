import { readIsoDate, type DateParts } from './readIsoDate';

/**
 * Like {@link readIsoDate}, but throws for invalid input. Used for dates that come from code (today, rule
 * bounds, decision dates), where an invalid value is a programming error, not something a person typed.
 *
 * @throws RangeError naming the argument when `iso` is not an existing `YYYY-MM-DD` date.
 */
export function requireIsoDate(iso: string, argumentName: string): DateParts {
  const parts = readIsoDate(iso);
  if (parts === undefined) {
    throw new RangeError(`${argumentName} must be an existing date written as YYYY-MM-DD, got "${iso}"`);
  }
  return parts;
}
