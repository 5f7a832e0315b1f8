import type { TextKind } from './TextKind';
import { isUnsafeCodePoint } from './lib/isUnsafeCodePoint';

/**
 * `text` without the characters a text of `kind` may not hold (see `validatePlainText`), for text
 * the person did not type and cannot easily change, such as the name of a file picked at the desk.
 * Everything else stays as it was.
 */
export function removeUnsafeCharacters(text: string, kind: TextKind): string {
  let kept = '';
  for (const character of text) {
    if (!isUnsafeCodePoint(character.codePointAt(0) ?? 0, kind)) kept += character;
  }
  return kept;
}
