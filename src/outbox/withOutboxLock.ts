/** The Web Locks name every tab of this origin sends under. */
export const OUTBOX_LOCK_NAME = 'hulploket-outbox';

/** The part of `navigator.locks` the outbox uses. */
export interface OutboxLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * Runs `work` while holding the outbox lock, so two tabs never send the same item at once
 * (docs/offline.md, guarantee 4). Web Locks are in every current browser (Safari 15.4+); where
 * they are missing, `work` still runs one at a time within this tab (the caller serialises), and
 * the idempotency key keeps a parallel send from another tab harmless: the service answers it
 * with the same reference.
 */
export function withOutboxLock<T>(locks: OutboxLocks | undefined, work: () => Promise<T>): Promise<T> {
  return locks ? locks.request(OUTBOX_LOCK_NAME, work) : work();
}

/** This browser's lock manager, if it has one (jsdom and old browsers do not). */
export function browserLocks(): OutboxLocks | undefined {
  if (typeof navigator === 'undefined' || !('locks' in navigator) || !navigator.locks) return undefined;
  const manager = navigator.locks;
  return {
    request: <T,>(name: string, callback: () => Promise<T>) =>
      // The lock is held until the callback's promise settles, i.e. until `work` is done.
      new Promise<T>((resolve, reject) => {
        manager.request(name, () => callback().then(resolve, reject)).catch(reject);
      }),
  };
}
