import type { ZgwFault } from './ZgwFault';
import type { ZgwOperationKey } from './ZgwOperationKey';

/** Faults waiting for their operation: each `next` call plays once, in the order given. */
export class ZgwFaults {
  private readonly queues = new Map<ZgwOperationKey, ZgwFault[]>();

  /**
   * Plays `fault` on the next request of `operation` (e.g. `'POST /zaken'`) that no earlier fault waits for.
   * The fault belongs to that request whatever becomes of it: `timeout` (without commit) and `expiredToken` play
   * before the token is checked; `500` and `badRequest` after the token and the request check passed (a request
   * refused earlier uses the fault up); `cutAfterCommit`, `timeout` with commit and `brokenResponse` after the
   * operation did its work.
   */
  next(operation: ZgwOperationKey, fault: ZgwFault): void {
    const queue = this.queues.get(operation) ?? [];
    queue.push(fault);
    this.queues.set(operation, queue);
  }

  /** Faults not yet played, per operation. */
  pending(): ReadonlyMap<ZgwOperationKey, readonly ZgwFault[]> {
    return new Map([...this.queues].filter(([, queue]) => queue.length > 0));
  }

  /** Drops every waiting fault. */
  clear(): void {
    this.queues.clear();
  }

  /** The fault for this request of `operation`, if one waits; it is used up. */
  take(operation: ZgwOperationKey): ZgwFault | undefined {
    return this.queues.get(operation)?.shift();
  }
}
