import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Upload bytes received between two collections of the buffers they came in. */
export const RECLAIM_EVERY_BYTES = 2 * 1024 * 1024;

type CollectGarbage = (options: { readonly type: 'minor' }) => void;

/**
 * V8's garbage collector, for `reclaimReadBuffers` only: `--expose-gc` set at run time makes a
 * new context with `gc` in it (the way jest-leak-detector and the expose-gc package get it,
 * https://github.com/jestjs/jest/blob/main/packages/jest-leak-detector/src/index.ts); the
 * service's own global scope does not get it. `undefined` if this V8 does not allow it, and then
 * nothing is collected early.
 */
function exposedGc(): CollectGarbage | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as CollectGarbage) : undefined;
  } catch {
    return undefined;
  }
}

let collect: CollectGarbage | undefined | null = null;
let sinceCollected = 0;

/**
 * Called with every piece of an upload once it is on its way to disk: after every
 * `RECLAIM_EVERY_BYTES` the process has received, a minor garbage collection (a scavenge, a few
 * milliseconds) frees the buffers those bytes came in.
 *
 * Why: Node's HTTP parser copies every piece of a body it reads (up to 64 KiB) into a buffer of its
 * own (`Buffer::Copy` in `on_body`, https://github.com/nodejs/node/blob/v20.x/src/node_http_parser.cc).
 * Once written to the temporary file those buffers are garbage, but V8 only collects because of
 * them after some 64 MB of such memory more than at its last full collection
 * (`kExternalAllocationSoftLimit`, https://github.com/v8/v8/blob/main/include/v8-internal.h), and
 * an upload makes almost no garbage of its own on the JavaScript heap to start a scavenge: without
 * this a 25 MB upload kept its 25 MB of read buffers until long after it was stored (measured:
 * +25 MB peak resident memory; with it, about +3 MB).
 */
export function reclaimReadBuffers(bytes: number): void {
  sinceCollected += bytes;
  if (sinceCollected < RECLAIM_EVERY_BYTES) return;
  sinceCollected = 0;
  if (collect === null) collect = exposedGc();
  collect?.({ type: 'minor' });
}
