/** Longest name the intake service takes (characters). */
const MAX_NAME_LENGTH = 255;

/**
 * A file name the intake service accepts (no folders, no control characters, not `.` or `..`,
 * at most 255 characters), with `extension` when given (a photo re-encoded as JPEG ends in `.jpg`).
 * A camera may call every photo `image.jpg`; the name is only shown and passed on, never a key.
 *
 * @param extension without the dot, e.g. `jpg`.
 */
export function plainFileName(name: string, extension?: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[/\\\u0000-\u001f\u007f]/g, '_').trim();
  const dot = cleaned.lastIndexOf('.');
  const stem = (extension && dot > 0 ? cleaned.slice(0, dot) : cleaned).replace(/^\.+$/, '') || 'bestand';
  const suffix = extension ? `.${extension}` : '';
  return `${stem.slice(0, MAX_NAME_LENGTH - suffix.length).trim()}${suffix}`;
}
