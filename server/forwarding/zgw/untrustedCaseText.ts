import { removeUnsafeCharacters, validateEmail, type TextKind } from '../../../src/validation';

/**
 * A text from the case system as the status page may show it: only a string, without the
 * characters no text of ours may hold (`validatePlainText` in `src/validation`: control
 * characters, bidirectional overrides, invisible spaces), trimmed and cut to `maxLength`
 * characters. Markup means nothing here: the status page renders text, never HTML, so a `<` stays
 * a character. The case system is another party's system and what it says is shown to a citizen,
 * so nothing in it may reorder or hide what the page says around it.
 * @returns the text, or undefined when nothing is left.
 */
export function untrustedCaseText(value: unknown, maxLength: number, kind: TextKind = 'line'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kept = [...removeUnsafeCharacters(value, kind).trim()].slice(0, maxLength).join('').trim();
  return kept === '' ? undefined : kept;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` that is a real day, or undefined. */
export function untrustedCaseDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return undefined;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value ? value : undefined;
}

/** A date-time the case system gave (ISO 8601), as UTC `Date.toISOString`, or undefined. */
export function untrustedCaseDateTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40 || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** An e-mail address (the Zaken API allows 254 characters), or undefined when it is not one. */
export function untrustedCaseEmail(value: unknown): string | undefined {
  const text = untrustedCaseText(value, 254);
  if (text === undefined) return undefined;
  const checked = validateEmail(text);
  return checked.ok ? checked.value : undefined;
}

/** A phone number (the Zaken API allows 20 characters): digits, spaces and `+ - ( )` only, or undefined. */
export function untrustedCasePhone(value: unknown): string | undefined {
  const text = untrustedCaseText(value, 20);
  return text !== undefined && /^[0-9 +()-]+$/.test(text) && /\d/.test(text) ? text : undefined;
}
