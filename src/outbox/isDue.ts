import type { OutboxItem } from './OutboxItem';

/**
 * What made the outbox look at its items: the app starting, the browser going `online`, the
 * backoff timer, staff pressing "Nu versturen" (guide: offline.md, guarantee 4), or the browser
 * waking the service worker with a Background Sync `sync` event once the network is back.
 */
export type OutboxTrigger = 'start' | 'online' | 'timer' | 'manual' | 'sync';

/**
 * Whether to send `item` now (`now` in epoch ms). A wait the service asked for (Retry-After) holds
 * for every trigger; our own backoff only holds for the timer, since `online`, a Background Sync, a fresh start or a
 * person pressing the button are good reasons to try at once. A tablet that was not linked is tried
 * again when staff ask or at the next start (after linking); answers the service refused wait for
 * the person to change them (`sendApplication` queues them again).
 */
export function isDue(item: OutboxItem, now: number, trigger: OutboxTrigger): boolean {
  const { state } = item;
  switch (state.kind) {
    case 'queued':
      return true;
    case 'waiting':
      return now >= state.nextAttemptAt || (!state.retryAfter && trigger !== 'timer');
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
