import { validateIban } from './validateIban';

/**
 * Formats an IBAN for display in groups of four, the way banks print it:
 * `"NL91ABNA0417164300"` → `"NL91 ABNA 0417 1643 00"`.
 *
 * Accepts anything {@link validateIban} accepts. Text that is not a valid IBAN is returned unchanged, so a
 * summary page never hides or alters what the person typed.
 */
export function formatIban(canonical: string): string {
  const result = validateIban(canonical);
  if (!result.ok) return canonical;
  return result.value.replace(/(.{4})(?=.)/g, '$1 ');
}
