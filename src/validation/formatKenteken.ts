import { findKentekenSideCode } from './lib/findKentekenSideCode';
import { validateKenteken } from './validateKenteken';

/**
 * Formats a Dutch kenteken for display with the dashes of its side code, as on the plate:
 * `"AB123C"` → `"AB-123-C"`, `"12ABC3"` → `"12-ABC-3"`.
 *
 * Accepts anything {@link validateKenteken} accepts. Text that is not a valid Dutch kenteken (for example a
 * foreign plate) is returned unchanged, so a summary page never hides or alters what the person typed.
 */
export function formatKenteken(canonical: string): string {
  const result = validateKenteken(canonical);
  if (!result.ok) return canonical;
  const sideCode = findKentekenSideCode(result.value);
  if (sideCode === undefined) return canonical;
  let next = 0;
  return sideCode.replace(/[X9]/g, () => result.value.charAt(next++));
}
