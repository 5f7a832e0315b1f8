import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

const BLOCK = 4096;
/** As large as one PostgreSQL WAL segment: both logs overwrite a file that is already there. */
const FILE_BYTES = 16 * 1024 * 1024;

/**
 * How many times per second this machine can write 4 KiB and wait for it to be on disk
 * (`fdatasync`, PostgreSQL's default `wal_sync_method` on Linux), in a new file under `directory`,
 * for about `seconds`. The file is written and synced in full first, so each round flushes data,
 * not a growing file's size. It blocks the event loop on purpose: nothing else runs meanwhile.
 */
export function measureFsyncRate(directory: string, seconds = 2): number {
  const dir = mkdtempSync(path.join(directory, 'fsync-rate-'));
  const fd = openSync(path.join(dir, 'probe'), 'w');
  try {
    const block = new Uint8Array(BLOCK).fill(0x2a);
    for (let offset = 0; offset < FILE_BYTES; offset += BLOCK) writeSync(fd, block, 0, BLOCK, offset);
    fdatasyncSync(fd);
    const started = performance.now();
    let syncs = 0;
    while (performance.now() - started < seconds * 1000) {
      writeSync(fd, block, 0, BLOCK, (syncs * BLOCK) % FILE_BYTES);
      fdatasyncSync(fd);
      syncs += 1;
    }
    return Math.round(syncs / ((performance.now() - started) / 1000));
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}
