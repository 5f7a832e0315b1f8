import type { ValidationCodeFor } from './codes';
import type { ValidationResult } from './ValidationResult';

/** Hours and optional minutes as Dutch people write a clock time: `14:00`, `14.00`, `1400`, `9.30`, `14 uur`. */
const clockTime = /^(\d{1,2})(?:\s*[:.]?\s*(\d{2}))?(?:\s*uur)?$/i;

/**
 * Parses a time of day on the 24-hour clock.
 *
 * `24:00` is refused rather than read as midnight: an event that runs until midnight ends at
 * `00:00` on the next day, and saying so keeps the date beside it right.
 *
 * @returns on success `HH:MM`, e.g. `"09:30"` for `"9.30"`; the canonical form is accepted unchanged.
 *   Codes: `time.empty`, `time.format` (not a clock time), `time.impossible` (hour above 23 or minutes above 59).
 */
export function validateTime(raw: string): ValidationResult<string, ValidationCodeFor<'time'>> {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, code: 'time.empty' };
  const match = clockTime.exec(trimmed);
  if (match === null) return { ok: false, code: 'time.format' };
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return { ok: false, code: 'time.impossible' };
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}
