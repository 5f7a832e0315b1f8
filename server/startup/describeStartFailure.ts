/**
 * Why the service could not start, as one plain line that names the setting to look at, so the
 * person who runs it sees the cause rather than a stack trace. `undefined` for a failure we do not
 * recognise (a bug): then the caller shows the error in full.
 *
 * @param settings the values in force, to name them in the line.
 */
export function describeStartFailure(error: unknown, settings: { dataDir: string; port: number; host: string }): string | undefined {
  const { code, syscall } = typeof error === 'object' && error !== null ? (error as { code?: unknown; syscall?: unknown }) : {};
  if (syscall === 'listen') {
    if (code === 'EADDRINUSE') return `PORT ${settings.port} is already in use on ${settings.host}: stop what uses it or set PORT to another port.`;
    if (code === 'EACCES') return `PORT ${settings.port} needs more rights than this process has: set PORT to 1024 or higher.`;
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `HOST ${settings.host} is not an address of this machine: set HOST to one, e.g. 127.0.0.1 or 0.0.0.0.`;
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
    return `DATA_DIR (${settings.dataDir}) cannot be written by this process: give it write access or set DATA_DIR to a folder it may write.`;
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') return `DATA_DIR (${settings.dataDir}) is not a folder: set DATA_DIR to a folder (it is created if missing).`;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return `The disk of DATA_DIR (${settings.dataDir}) is full: make room there or set DATA_DIR to another disk.`;
  return undefined;
}
