/** Reference numbers look like `HV-2026-000123`: "Hulploket Vergunningen", year of receipt, sequence. */
export { REFERENCE_PATTERN } from '../../src/status';

/**
 * A reference easy to read aloud and write down: year and a sequence that restarts every year,
 * padded to six digits (and growing past them, never wrapping). Sequential numbers can be
 * guessed, which is harmless: reading an application needs a device token, so a guessed number
 * reveals nothing (docs/intake.md).
 */
export function formatReference(year: number, sequence: number): string {
  return `HV-${year}-${String(sequence).padStart(6, '0')}`;
}
