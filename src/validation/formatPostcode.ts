import { validatePostcode } from './validatePostcode';

/**
 * Formats a postcode for display the way PostNL writes it: `"1234AB"` → `"1234 AB"`.
 *
 * Accepts anything {@link validatePostcode} accepts. Text that is not a valid postcode is returned unchanged, so a
 * summary page never hides or alters what the person typed.
 */
export function formatPostcode(canonical: string): string {
  const result = validatePostcode(canonical);
  if (!result.ok) return canonical;
  return `${result.value.slice(0, 4)} ${result.value.slice(4)}`;
}
