/**
 * Whether a calendar date exists in the Gregorian calendar (no 31 February, 29 February only in leap years).
 * Years are limited to 1000–9999: a 4-digit year below 1000 is a typo, and ISO strings compare correctly as
 * text only when every year has 4 digits.
 */
export function isExistingDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Gregorian rule: every 4th year, except centuries, except every 4th century (2000 was a leap year, 1900 not). */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
