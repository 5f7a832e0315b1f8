import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../ConfigError';
import { restrictToOwner, type TightenedPermissions } from '../security/restrictToOwner';
import { DATABASE_FILE } from './sqlite/SqliteApplicationStore';

/**
 * Makes `DATA_DIR` ready for the service, or says in one sentence why it cannot be (a
 * `ConfigError` naming the variable): created if missing (mode 0700), a folder the service can
 * write, and only the service's own user may read it or the database in it. An existing folder or
 * database that others may read is narrowed; the result says which, for the start to report.
 */
export function prepareDataDir(dataDir: string): TightenedPermissions[] {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${dataDir} cannot be made into a folder: ${plainReason(error)}.`);
  }
  if (!statSync(dataDir).isDirectory()) throw new ConfigError(`DATA_DIR ${dataDir} is a file, not a folder.`);
  try {
    accessSync(dataDir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${dataDir} cannot be written: ${plainReason(error)}.`);
  }
  const database = path.join(dataDir, DATABASE_FILE);
  return [
    restrictToOwner(dataDir, 0o700),
    ...['', '-wal', '-shm'].map((suffix) => restrictToOwner(database + suffix, 0o600)),
  ].filter((tightened): tightened is TightenedPermissions => tightened !== undefined);
}

/** A file-system error in words, for a person reading the start-up line. */
export function plainReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return 'a file is in the way';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
