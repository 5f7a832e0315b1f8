import { MAX_FILE_NAME_LENGTH, removeUnsafeCharacters } from '../validation';

/**
 * A file name the intake service accepts (`isPlainFileName`: no folders, no control, invisible or
 * direction-changing characters, not `.` or `..`, at most 255 characters), with `extension` when
 * given (a photo re-encoded as JPEG ends in `.jpg`). The name is cleaned rather than the file
 * refused, because at the desk nobody can easily rename a file on a phone or a stick: a folder
 * sign becomes `_`, and a character the rule refuses is left out, so `scan\u202Efdp.exe` becomes
 * `scanfdp.exe`, the name as it really is. A camera may call every photo `image.jpg`; the name is
 * only shown and passed on, never a key.
 *
 * @param extension without the dot, e.g. `jpg`.
 */
export function plainFileName(name: string, extension?: string): string {
  const cleaned = removeUnsafeCharacters(name.replace(/[/\\]/g, '_'), 'fileName').trim();
  const dot = cleaned.lastIndexOf('.');
  const stem = (extension && dot > 0 ? cleaned.slice(0, dot) : cleaned).replace(/^\.+$/, '') || 'bestand';
  const suffix = extension ? `.${extension}` : '';
  // Shortening may cut an emoji's surrogate pair in two; the half left over is not text.
  const shortened = removeUnsafeCharacters(stem.slice(0, MAX_FILE_NAME_LENGTH - suffix.length), 'fileName').trim();
  return `${shortened}${suffix}`;
}
