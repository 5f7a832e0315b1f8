import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IntakeClient, Receipt, SendResult } from '../../../src/intake';
import { createOutbox, type OutboxChannel, type OutboxLocks, type OutboxMessage } from '../../../src/outbox';
import { memoryOutboxStore, NOW, queuedItem } from './outboxFixtures';

const receipt: Receipt = { reference: 'HV-2026-000009', receivedAt: '2026-11-29T10:00:00.000Z', expectedDecisionBy: '2027-01-24', status: 'received' };

/** The intake service answering `results` in turn (the last one again and again), after `delayMs`. */
function scriptedClient(results: readonly SendResult[], delayMs = 0): IntakeClient & { keys: string[] } {
  const keys: string[] = [];
  return {
    keys,
    async send(_submission, key) {
      keys.push(key);
      const result = results[Math.min(keys.length - 1, results.length - 1)] ?? { kind: 'unreachable' };
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return result;
    },
    parkDraft: async () => 'failed',
    fetchParkedDraft: async () => ({ kind: 'notFound' }),
    lookUpAddress: async () => ({ kind: 'unavailable' }) as const,
    lookUpStatus: async () => ({ kind: 'unreachable' }),
  };
}

/** One lock for every "tab", as `navigator.locks` is one per origin. */
function sharedLocks(): OutboxLocks {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    request<T>(_name: string, callback: () => Promise<T>): Promise<T> {
      const turn = queue.then(callback);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

/** One BroadcastChannel name: each member hears what the others post, not itself. */
function sharedChannel(): () => OutboxChannel {
  const listeners = new Set<{ from: object; listener: (message: OutboxMessage) => void }>();
  return () => {
    const member = {};
    return {
      post: (message) => listeners.forEach((entry) => entry.from !== member && entry.listener(message)),
      listen(listener) {
        const entry = { from: member, listener };
        listeners.add(entry);
        return () => listeners.delete(entry);
      },
    };
  };
}

/** Stands in for "no Web Locks in this browser". */
const noLocks: OutboxLocks = { request: (_name, callback) => callback() };

beforeEach(() => vi.useFakeTimers({ now: NOW }));
afterEach(() => vi.useRealTimers());

describe('the outbox sender', () => {
  it('retries by itself on a timer with growing waits, and lets the item go only once the service has it', async () => {
    const store = memoryOutboxStore([queuedItem]);
    const onSent = vi.fn(async () => undefined);
    const outbox = createOutbox({ store, onSent, locks: noLocks, random: () => 0.5, backoff: { baseMs: 1_000, capMs: 60_000 } });
    const client = scriptedClient([{ kind: 'unreachable' }, { kind: 'unreachable' }, { kind: 'sent', receipt }]);
    const stop = outbox.start(client);

    await vi.advanceTimersByTimeAsync(0);
    expect(client.keys).toHaveLength(1);
    expect(store.items.get('draft-1')?.state).toEqual({ kind: 'waiting', nextAttemptAt: NOW + 750, retryAfter: false });
    expect(outbox.status.get().items).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(749);
    expect(client.keys).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.keys).toHaveLength(2);

    // The second wait is twice the first (1,500 ms with this jitter).
    await vi.advanceTimersByTimeAsync(1_499);
    expect(client.keys).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.keys).toEqual(['key-1', 'key-1', 'key-1']);
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ draftId: 'draft-1' }), receipt);
    expect(store.items.size).toBe(0);
    expect(outbox.status.get().items).toEqual([]);
    stop();
  });

  it('honours Retry-After: `online` and "Nu versturen" do not send earlier, the timer sends right after', async () => {
    const store = memoryOutboxStore([queuedItem]);
    const outbox = createOutbox({ store, onSent: async () => undefined, locks: noLocks, random: () => 0 });
    const client = scriptedClient([{ kind: 'unreachable', retryAfterSeconds: 30 }, { kind: 'sent', receipt }]);
    const target = new EventTarget();
    const stop = outbox.start(client, target);
    await vi.advanceTimersByTimeAsync(0);
    expect(client.keys).toHaveLength(1);

    target.dispatchEvent(new Event('online'));
    await outbox.sendNow();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(client.keys).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.keys).toHaveLength(2);
    expect(store.items.size).toBe(0);
    stop();
  });

  it('tries at once on `online` after its own backoff, and stops listening once stopped', async () => {
    const store = memoryOutboxStore([queuedItem]);
    const outbox = createOutbox({ store, onSent: async () => undefined, locks: noLocks, random: () => 0.99, backoff: { baseMs: 60_000, capMs: 60_000 } });
    const client = scriptedClient([{ kind: 'unreachable' }]);
    const target = new EventTarget();
    const stop = outbox.start(client, target);
    await vi.advanceTimersByTimeAsync(0);
    target.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(client.keys).toHaveLength(2);

    stop();
    target.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(client.keys).toHaveLength(2);
    expect(store.items.get('draft-1')).toBeDefined();
  });

  it('keeps the item when keeping the receipt fails, so nothing is lost (sending again is harmless)', async () => {
    const store = memoryOutboxStore([queuedItem]);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const outbox = createOutbox({ store, onSent: () => Promise.reject(new Error('disk full')), locks: noLocks });
    const stop = outbox.start(scriptedClient([{ kind: 'sent', receipt }]));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.items.get('draft-1')).toEqual(queuedItem);
    expect(error).toHaveBeenCalled();
    stop();
    error.mockRestore();
  });
});

describe('two tabs with the same outbox', () => {
  async function bothTabsStart(locks: OutboxLocks) {
    const store = memoryOutboxStore([queuedItem]);
    // One service: a repeat of a key it already registered would be a second application here.
    const client = scriptedClient([{ kind: 'sent', receipt }], 100);
    const tabs = [0, 1].map(() => createOutbox({ store, onSent: async () => undefined, locks }));
    const stops = tabs.map((tab) => tab.start(client));
    await vi.advanceTimersByTimeAsync(1_000);
    stops.forEach((stop) => stop());
    return { client, store };
  }

  it('send an item once: the second tab waits for the lock and finds it gone', async () => {
    const { client, store } = await bothTabsStart(sharedLocks());
    expect(client.keys).toHaveLength(1);
    expect(store.items.size).toBe(0);
  });

  it('would both send it without the lock (why the lock is there)', async () => {
    const { client } = await bothTabsStart(noLocks);
    expect(client.keys).toHaveLength(2);
  });
});

describe('every tab and the service worker show the same state', () => {
  it('a tab that is not sending shows "being sent" while another sends, then learns the outcome', async () => {
    const store = memoryOutboxStore([queuedItem]);
    const channel = sharedChannel();
    const locks = sharedLocks();
    const onSentElsewhere = vi.fn(async () => undefined);
    const sender = createOutbox({ store, onSent: async () => undefined, locks, channel: channel() });
    const watcher = createOutbox({ store, onSent: async () => undefined, onSentElsewhere, locks, channel: channel() });
    await watcher.refresh();
    expect(watcher.status.get().items).toHaveLength(1);

    // The service worker's Background Sync: one run with its own client, no timer, no `start`.
    const delivered = sender.deliver(scriptedClient([{ kind: 'sent', receipt }], 100), 'sync');
    await vi.advanceTimersByTimeAsync(50);
    expect(watcher.status.get().sending).toBe('draft-1');

    await vi.advanceTimersByTimeAsync(100);
    await delivered;
    expect(watcher.status.get().sending).toBeUndefined();
    expect(watcher.status.get().items).toEqual([]);
    expect(onSentElsewhere).toHaveBeenCalledWith(expect.objectContaining({ draftId: 'draft-1' }));
  });

  it('an item put in the outbox by one tab shows in the others at once', async () => {
    const store = memoryOutboxStore();
    const channel = sharedChannel();
    const one = createOutbox({ store, onSent: async () => undefined, locks: noLocks, channel: channel() });
    const other = createOutbox({ store, onSent: async () => undefined, locks: noLocks, channel: channel() });
    await one.enqueue(queuedItem);
    await vi.advanceTimersByTimeAsync(0);
    expect(other.status.get().items).toEqual([queuedItem]);
  });

  it('asks for a Background Sync when the service cannot be reached, not when it answers', async () => {
    const onUnreachable = vi.fn();
    const outbox = createOutbox({ store: memoryOutboxStore([queuedItem]), onSent: async () => undefined, onUnreachable, locks: noLocks });
    await outbox.deliver(scriptedClient([{ kind: 'unreachable' }]), 'sync');
    expect(onUnreachable).toHaveBeenCalledTimes(1);
    await outbox.deliver(scriptedClient([{ kind: 'unauthorised' }]), 'sync');
    expect(onUnreachable).toHaveBeenCalledTimes(1);
  });
});

describe('staff delete a stuck item', () => {
  it('waits for a send in progress, so the sender cannot put the item back, and tells the other tabs', async () => {
    const store = memoryOutboxStore([queuedItem]);
    const channel = sharedChannel();
    const locks = sharedLocks();
    const discard = vi.fn(async (draftId: string) => store.remove(draftId));
    const outbox = createOutbox({ store, onSent: async () => undefined, discard, locks, channel: channel() });
    const other = createOutbox({ store, onSent: async () => undefined, locks, channel: channel() });
    await other.refresh();
    const stop = outbox.start(scriptedClient([{ kind: 'unreachable' }], 100));
    await vi.advanceTimersByTimeAsync(50);

    const removed = outbox.discard('draft-1');
    await vi.advanceTimersByTimeAsync(100);
    await removed;
    expect(discard).toHaveBeenCalledWith('draft-1');
    expect(store.items.size).toBe(0);
    expect(outbox.status.get().items).toEqual([]);
    expect(other.status.get().items).toEqual([]);
    stop();
  });
});

describe('the person takes an item back into the current form', () => {
  it('removes the item but not its draft, after a send in progress, and every tab has stopped listing it when it resolves', async () => {
    const store = memoryOutboxStore([queuedItem]);
    const channel = sharedChannel();
    const locks = sharedLocks();
    const discard = vi.fn(async (draftId: string) => store.remove(draftId));
    const outbox = createOutbox({ store, onSent: async () => undefined, discard, locks, channel: channel() });
    const other = createOutbox({ store, onSent: async () => undefined, locks, channel: channel() });
    await other.refresh();
    const stop = outbox.start(scriptedClient([{ kind: 'formVersionRefused' }], 100));
    await vi.advanceTimersByTimeAsync(50);

    const takenBack = outbox.takeBack('draft-1');
    await vi.advanceTimersByTimeAsync(100);
    await takenBack;
    // The draft and its files are not the outbox's to delete: they become the draft again.
    expect(discard).not.toHaveBeenCalled();
    expect(store.items.size).toBe(0);
    expect(outbox.status.get().items).toEqual([]);
    await vi.waitFor(() => expect(other.status.get().items).toEqual([]));
    stop();
  });
});
