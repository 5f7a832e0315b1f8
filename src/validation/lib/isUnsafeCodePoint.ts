import type { TextKind } from '../TextKind';

/**
 * Whether one code point may not be stored in a text of `kind`: characters that nobody means to
 * type, that show something other than what is stored, or that a store or terminal cannot take.
 *
 * Refused everywhere:
 * - C0 controls U+0000–U+001F (NUL, which PostgreSQL cannot store in text; ESC, which starts
 *   terminal escapes in a log or export), except tab, line feed and carriage return in `lines`;
 *   DEL and the C1 controls U+007F–U+009F (also NEL).
 * - The bidirectional embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069: they
 *   reorder the text around them when shown, so `scan\u202Efdp.exe` shows as "scanexe.pdf"
 *   (https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters, and the
 *   bidi spoofing in https://www.unicode.org/reports/tr36/#Bidirectional_Text_Spoofing).
 * - Invisible characters without a use in typed text (UTS #39, "Default_Ignorable_Code_Point"
 *   characters restricted for identifiers, https://www.unicode.org/reports/tr39/#Identifier_Status_and_Type):
 *   zero-width space U+200B, word joiner U+2060, the invisible operators U+2061–U+2064, the deprecated
 *   format characters U+206A–U+206F, the byte order mark U+FEFF and the interlinear annotation characters U+FFF9–U+FFFB.
 * - Line and paragraph separators U+2028/U+2029 outside `lines`: a one-line text has no line breaks.
 * - Lone surrogates U+D800–U+DFFF (not text at all: they cannot be encoded as UTF-8) and the
 *   noncharacters U+FDD0–U+FDEF and U+nFFFE/U+nFFFF of every plane (https://www.unicode.org/faq/private_use.html#noncharacters).
 *
 * Kept in typed answers, refused only in file names:
 * - Zero-width non-joiner and joiner U+200C/U+200D: Persian and several Indic scripts need them to
 *   spell words, and emoji sequences (family, flags of a profession) are joined by U+200D
 *   (https://www.unicode.org/reports/tr31/#Layout_and_Format_Control_Characters).
 * - The bidirectional marks LRM U+200E, RLM U+200F and ALM U+061C: they do not reorder other text,
 *   and keyboards for Arabic and Hebrew insert them to keep numbers and punctuation in place
 *   (https://www.unicode.org/reports/tr9/#Implicit_Directional_Marks). A file name needs neither.
 */
export function isUnsafeCodePoint(codePoint: number, kind: TextKind): boolean {
  if (codePoint <= 0x1f) return !(kind === 'lines' && (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d));
  if (codePoint >= 0x7f && codePoint <= 0x9f) return true;
  if (codePoint === 0x200b || codePoint === 0xfeff) return true;
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2060 && codePoint <= 0x206f)) return true;
  if (codePoint === 0x2028 || codePoint === 0x2029) return kind !== 'lines';
  if (codePoint >= 0xfff9 && codePoint <= 0xfffb) return true;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return true;
  if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe) return true;
  if (kind === 'fileName') return codePoint === 0x200c || codePoint === 0x200d || codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x061c;
  return false;
}
