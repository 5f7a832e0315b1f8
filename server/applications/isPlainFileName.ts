/**
 * Whether a file name is just a name: no folders (`/`, `\`), no `.` or `..`, no control
 * characters, at most 255 characters. The service never uses a sent name as a path, but a name
 * like `../../etc/passwd` says the sender is not our wizard, and the back office should never
 * receive one.
 */
export function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    name.trim() === name &&
    name !== '.' &&
    name !== '..' &&
    !/[/\\]/.test(name) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(name)
  );
}
