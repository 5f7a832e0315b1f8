/** What {@link readDigits} found in the typed text. */
export type ReadDigits = { ok: true; digits: string } | { ok: false; problem: 'empty' | 'characters' };

/**
 * Reads a number that consists of digits only (BSN, RSIN, KvK-nummer, vestigingsnummer).
 *
 * Spaces, dots and dashes are dropped because people copy these numbers from cards and letters that group them
 * (`1234.56.782`, `1234 5678`). Anything else, such as a letter, is reported rather than silently removed, so a
 * typo never turns into a different valid number.
 */
export function readDigits(raw: string): ReadDigits {
  const compact = raw.replace(/[\s.-]/g, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  if (!/^\d+$/.test(compact)) return { ok: false, problem: 'characters' };
  return { ok: true, digits: compact };
}
