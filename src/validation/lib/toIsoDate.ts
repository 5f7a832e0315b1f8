/** Writes a date as ISO 8601 `YYYY-MM-DD`, e.g. (2024, 3, 5) → `"2024-03-05"`. Does not check that it exists. */
export function toIsoDate(year: number, month: number, day: number): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
