import { hasUnsafeCharacters } from './lib/hasUnsafeCharacters';

/** Longest file name the intake service takes (characters, as the contract counts them). */
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * Whether a file name is just a name: no folders (`/`, `\`), not `.` or `..`, no spaces around it,
 * no character `validatePlainText` refuses in a file name (controls, bidirectional overrides and
 * marks, invisible characters and joiners), at most 255 characters. The service never uses a sent
 * name as a path, but a name like `../../etc/passwd` says the sender is not our wizard, and the back
 * office should see the name as it is stored: `scan\u202Efdp.exe` would show as "scanexe.pdf".
 */
export function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_FILE_NAME_LENGTH &&
    name.trim() === name &&
    name !== '.' &&
    name !== '..' &&
    !/[/\\]/.test(name) &&
    !hasUnsafeCharacters(name, 'fileName')
  );
}
