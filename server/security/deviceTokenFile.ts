import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { restrictToOwner, type TightenedPermissions } from './restrictToOwner';

/** Name of the file in `DATA_DIR` that holds the generated device token. */
export const DEVICE_TOKEN_FILE = 'device-token';

/**
 * The device token of a fresh install: read from `$DATA_DIR/device-token`, or made (256 random
 * bits, base64url) and written there with mode 0600 on first start. Used only when
 * `INTAKE_TOKENS` is not set, so one command starts a working, protected service. An existing
 * file that others may read is narrowed to 0600 first (`tightened` says so).
 *
 * @returns the token, where it is stored, whether it was made just now, and a narrowed mode.
 */
export function readOrCreateDeviceToken(dataDir: string): { token: string; file: string; created: boolean; tightened?: TightenedPermissions } {
  const file = path.join(dataDir, DEVICE_TOKEN_FILE);
  const tightened = restrictToOwner(file, 0o600);
  try {
    const token = readFileSync(file, 'utf8').trim();
    if (token !== '') return { token, file, created: false, ...(tightened ? { tightened } : {}) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('base64url');
  // 'w' rather than 'wx': an empty file left by an interrupted first start is replaced.
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'w' });
  // The mode given to writeFileSync is masked by the umask and ignored for an existing file.
  chmodSync(file, 0o600);
  return { token, file, created: true };
}
