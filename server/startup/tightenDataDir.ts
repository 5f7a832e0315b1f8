import { chmodSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Makes what the service keeps in `DATA_DIR` readable by its own user only: the folder 0700, the
 * given files 0600 (the database with its WAL and shared-memory files, the device token). A data
 * directory made by an older version, or copied with loose modes, is tightened at every start, so
 * applications and tokens never lie open to other accounts on the machine.
 *
 * @returns the paths whose mode was changed, for one log line each.
 */
export function tightenDataDir(dataDir: string, fileNames: readonly string[]): string[] {
  const tightened: string[] = [];
  const tighten = (target: string, mode: number) => {
    if (!existsSync(target)) return;
    if ((statSync(target).mode & 0o777) === mode) return;
    chmodSync(target, mode);
    tightened.push(target);
  };
  tighten(dataDir, 0o700);
  for (const name of fileNames) tighten(path.join(dataDir, name), 0o600);
  return tightened;
}
