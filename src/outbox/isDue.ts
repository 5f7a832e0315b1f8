import type { OutboxItem } from '../deviceDatabase';

/**
 * What made the outbox look at its items: the app starting, the browser going `online`, the
 * backoff timer, staff pressing "Nu versturen" (docs/offline.md, guarantee 4), or the browser
 * waking the service worker with a Background Sync `sync` event once the network is back.
 */
export type OutboxTrigger = 'start' | 'online' | 'timer' | 'manual' | 'sync';

/**
 * Whether to send `item` now (`now` in epoch ms). A wait the service asked for (Retry-After) holds
 * for every trigger. After the service answered with an error (it is up, but failing), our own
 * backoff holds for everything but a person pressing the button: the network coming back changes
 * nothing for it, and a page asks for a Background Sync after every failed try, which Chromium
 * fires at once while online. After no answer at all, `online`, a Background Sync and a fresh start
 * are good reasons to try at once. A tablet that was not linked is tried
 * again when staff ask or at the next start (after linking); answers the service refused wait for
 * the person to change them (`sendApplication` queues them again).
 */
export function isDue(item: OutboxItem, now: number, trigger: OutboxTrigger): boolean {
  const { state } = item;
  switch (state.kind) {
    case 'queued':
      return true;
    case 'waiting':
      if (now >= state.nextAttemptAt) return true;
      if (state.retryAfter) return false;
      return state.serviceFailed ? trigger === 'manual' : trigger !== 'timer';
    case 'needsAction':
      return state.reason === 'unauthorised' && (trigger === 'manual' || trigger === 'start');
  }
}

/** The earliest time (epoch ms) an item becomes due by itself, or `undefined` if none will. */
export function nextDueAt(items: readonly OutboxItem[], now: number): number | undefined {
  const times = items.flatMap((item) =>
    item.state.kind === 'queued' ? [now] : item.state.kind === 'waiting' ? [item.state.nextAttemptAt] : [],
  );
  return times.length > 0 ? Math.min(...times) : undefined;
}
