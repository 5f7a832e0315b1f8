import { chmodSync, statSync } from 'node:fs';

/** A file or folder whose rights were narrowed at start, for the line that says so. */
export interface TightenedPermissions {
  readonly path: string;
  /** The permission bits it had, e.g. `0o644`. */
  readonly was: number;
  readonly now: number;
}

/**
 * Takes every right of group and others away from `target` (applications hold personal data:
 * only the service's own user may read them), leaving the owner's as `mode`. Says what changed,
 * or nothing when it was already that strict; a target that does not exist is left alone.
 *
 * @param mode `0o700` for a folder, `0o600` for a file.
 */
export function restrictToOwner(target: string, mode: 0o600 | 0o700): TightenedPermissions | undefined {
  let was: number;
  try {
    was = statSync(target).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if ((was & 0o077) === 0) return undefined;
  chmodSync(target, mode);
  return { path: target, was, now: mode };
}
