import type { ValidationCodeFor } from './codes';
import { hasUnsafeCharacters } from './lib/hasUnsafeCharacters';
import type { TextKind } from './TextKind';
import type { ValidationResult } from './ValidationResult';

/**
 * Refuses a text that holds a character nobody means to type: control characters (NUL, terminal
 * escapes), characters that reorder what is shown (bidirectional overrides), invisible spaces,
 * lone surrogates and noncharacters. The full list, with its reasons, is in `lib/isUnsafeCodePoint.ts`.
 * Letters, digits, punctuation and emoji of every script pass, and so do the joiners Persian and
 * emoji need. The wizard and the intake service both use this rule, so neither lets through what
 * the other refuses.
 *
 * @param kind `lines` for a text that may run over several lines (allows tab and line breaks).
 * @returns on success the text unchanged. Code: `text.unsafe`.
 */
export function validatePlainText(text: string, kind: TextKind): ValidationResult<string, ValidationCodeFor<'text'>> {
  return hasUnsafeCharacters(text, kind) ? { ok: false, code: 'text.unsafe' } : { ok: true, value: text };
}
