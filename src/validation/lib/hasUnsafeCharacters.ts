import type { TextKind } from '../TextKind';
import { isUnsafeCodePoint } from './isUnsafeCodePoint';

/** Whether `text` holds a character {@link isUnsafeCodePoint} refuses in a text of `kind`. */
export function hasUnsafeCharacters(text: string, kind: TextKind): boolean {
  // Iterating a string yields code points, and a lone surrogate as a code point of its own.
  for (const character of text) {
    if (isUnsafeCodePoint(character.codePointAt(0) ?? 0, kind)) return true;
  }
  return false;
}
