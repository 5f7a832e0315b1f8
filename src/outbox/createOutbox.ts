import { createStore, type Store } from '../observable';
import type { IntakeClient, Receipt, SubmissionFile } from '../intake';
import { afterSend } from './afterSend';
import type { BackoffOptions } from './backoff';
import { isDue, nextDueAt, type OutboxTrigger } from './isDue';
import type { OutboxItem } from '../deviceDatabase';
import type { OutboxChannel } from './outboxChannel';
import type { OutboxStore } from './OutboxStore';
import { browserLocks, withOutboxLock, type OutboxLocks } from './withOutboxLock';

/** What the screens read: the queued applications, and which one is being sent right now. */
export interface OutboxStatus {
  readonly items: readonly OutboxItem[];
  /** The `draftId` being sent at this moment, by this tab, another tab or the service worker. */
  readonly sending?: string;
  /** Whether the items have been read from the device yet. */
  readonly loaded: boolean;
}

export interface OutboxOptions {
  readonly store: OutboxStore;
  /**
   * The service acknowledged `item`: keep the receipt and remove the answers (the draft and the
   * outbox item, in one transaction). Runs before the item is removed from the outbox, so a
   * failure here leaves it queued; sending it again is harmless (same key, same reference).
   */
  readonly onSent: (item: OutboxItem, receipt: Receipt) => Promise<void>;
  /**
   * The files to send with `item` (its `attachments`, read from where their bytes are kept). A file
   * that is gone is left out: the service then says which one is missing, and the person adds it again.
   */
  readonly readFiles?: (item: OutboxItem) => Promise<readonly SubmissionFile[]>;
  /** An item this tab knew about was sent by another tab or the service worker. */
  readonly onSentElsewhere?: (item: OutboxItem) => Promise<void>;
  /** A send found no service (network, timeout, 5xx, 429): e.g. ask for a Background Sync. */
  readonly onUnreachable?: () => void;
  /**
   * Staff delete a stuck item: removes it from the device (with whatever else belongs to it, e.g.
   * its draft). Default: remove it from `store` only.
   */
  readonly discard?: (draftId: string) => Promise<void>;
  /** Where the sender tells the other tabs and the service worker what happens; default none. */
  readonly channel?: OutboxChannel;
  /** Default: `navigator.locks` when the browser has it. */
  readonly locks?: OutboxLocks;
  /** Epoch ms; default `Date.now`. */
  readonly now?: () => number;
  /** In [0, 1), for the backoff's jitter; default `Math.random`. */
  readonly random?: () => number;
  /** A new idempotency key; default `crypto.randomUUID`. */
  readonly newKey?: () => string;
  readonly backoff?: BackoffOptions;
}

/** The events the outbox listens to; `window` in the app. */
export interface OutboxEventTarget {
  addEventListener(type: 'online', listener: () => void): void;
  removeEventListener(type: 'online', listener: () => void): void;
}

export interface Outbox {
  readonly status: Store<OutboxStatus>;
  /** Reads the items from the device into `status`. */
  refresh(): Promise<void>;
  /** The queued item of an application, read from the device. */
  get(draftId: string): Promise<OutboxItem | undefined>;
  /** Adds or replaces the item for its application; durable once it resolves. Does not send. */
  enqueue(item: OutboxItem): Promise<void>;
  /** The files that go with `item`, read from where their bytes are kept (none without `readFiles`). */
  filesOf(item: OutboxItem): Promise<readonly SubmissionFile[]>;
  /** "Nu versturen": tries every item that may go now; resolves when that try is over. */
  sendNow(): Promise<void>;
  /**
   * One delivery run with `client` (the service worker's `sync` event): sends what is due for
   * `trigger`, under the same lock and with the same keys as the tabs; sets no timer.
   */
  deliver(client: IntakeClient, trigger: OutboxTrigger): Promise<void>;
  /**
   * Staff delete the item (after exporting it): waits for a send in progress, so a sender cannot
   * put it back, then removes it from the device.
   */
  discard(draftId: string): Promise<void>;
  /**
   * The person takes a refused item back to change it (`formChanged`): removes it from the outbox
   * but not its draft or files, once a send in progress is over, so a sender cannot put it back.
   */
  takeBack(draftId: string): Promise<void>;
  /**
   * Starts sending with `client`: at once, on `online`, and on a timer for the next retry.
   * Returns the function that stops it. One client at a time: starting again replaces it.
   */
  start(client: IntakeClient, target?: OutboxEventTarget): () => void;
}

/**
 * The outbox sender: applications wait on the device and go out by themselves (docs/offline.md,
 * guarantees 2–5). One run at a time in this tab, one tab at a time through the lock; each run reads
 * the items afresh inside the lock, so an item another tab just sent is not sent again.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const { store } = options;
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? (() => Math.random());
  const newKey = options.newKey ?? (() => crypto.randomUUID());
  const locks = options.locks ?? browserLocks();
  const status = createStore<OutboxStatus>({ items: [], loaded: false });
  let client: IntakeClient | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let runs: Promise<void> = Promise.resolve();
  /** The item this tab is sending, to tell it from one another sender announced. */
  let sendingHere: string | undefined;
  const { channel } = options;

  async function refresh(): Promise<void> {
    const before = status.get();
    const items = await store.all();
    status.set({ ...before, items, loaded: true });
    const gone = before.items.filter((item) => !items.some((current) => current.draftId === item.draftId));
    for (const item of gone) await options.onSentElsewhere?.(item);
  }

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const at = client && nextDueAt(status.get().items, now());
    if (at === undefined) return;
    timer = setTimeout(() => void run('timer'), Math.max(0, at - now()));
  }

  const notSending = (): OutboxStatus => {
    const { sending: _, ...rest } = status.get();
    return rest;
  };

  async function sendDue(using: IntakeClient, trigger: OutboxTrigger): Promise<void> {
    // Holding the lock: whatever another sender announced is over (it may have been closed mid-send).
    status.set(notSending());
    for (const item of await store.all()) {
      if (!isDue(item, now(), trigger)) continue;
      sendingHere = item.draftId;
      status.set({ ...status.get(), sending: item.draftId });
      channel?.post({ kind: 'sending', draftId: item.draftId });
      try {
        const files = (await options.readFiles?.(item)) ?? [];
        const result = await using.send(item.submission, item.idempotencyKey, files);
        if (result.kind === 'unreachable') options.onUnreachable?.();
        const next = afterSend(item, result, { now: now(), random, newKey, ...(options.backoff ? { backoff: options.backoff } : {}) });
        if (next.kind === 'sent') {
          await options.onSent(item, next.receipt);
          await store.remove(item.draftId);
        } else {
          await store.put(next.item);
        }
      } finally {
        sendingHere = undefined;
        status.set(notSending());
        channel?.post({ kind: 'changed' });
      }
    }
  }

  // Another tab or the service worker is sending, or changed the outbox: show the same here.
  channel?.listen((message) => {
    if (message.kind === 'sending') return status.set({ ...status.get(), sending: message.draftId });
    if (status.get().sending !== sendingHere) status.set(notSending());
    void refresh().catch((error: unknown) => console.error(error));
  });

  function run(trigger: OutboxTrigger, using: IntakeClient | undefined = client): Promise<void> {
    if (!using) return runs;
    // One run after another in this tab; a failed run (storage trouble) does not stop the next.
    runs = runs
      .then(() => withOutboxLock(locks, () => sendDue(using, trigger)))
      .catch((error: unknown) => console.error(error))
      .then(refresh)
      .catch((error: unknown) => console.error(error))
      .then(schedule);
    return runs;
  }

  /**
   * Removes an item after the run in progress, under the lock, and tells every tab. Resolves once
   * `status` no longer lists it, so a page opened next is not sent back to the item's status.
   */
  function removeUnderLock(remove: () => Promise<void>): Promise<void> {
    const removal = runs.then(() => withOutboxLock(locks, remove));
    const refreshed = removal
      .catch(() => undefined)
      .then(() => channel?.post({ kind: 'changed' }))
      .then(refresh)
      .catch((error: unknown) => console.error(error));
    runs = refreshed.then(schedule);
    // The caller learns whether it is gone; the next run goes ahead either way.
    return removal.then(() => refreshed);
  }

  return {
    status,
    refresh,
    get: (draftId) => store.get(draftId),
    async enqueue(item) {
      await store.put(item);
      channel?.post({ kind: 'changed' });
      await refresh();
    },
    filesOf: async (item) => (await options.readFiles?.(item)) ?? [],
    sendNow: () => run('manual'),
    deliver: (using, trigger) => run(trigger, using),
    discard: (draftId) => removeUnderLock(() => (options.discard ? options.discard(draftId) : store.remove(draftId))),
    takeBack: (draftId) => removeUnderLock(() => store.remove(draftId)),
    start(using, target) {
      client = using;
      const onOnline = () => void run('online');
      target?.addEventListener('online', onOnline);
      void run('start');
      return () => {
        target?.removeEventListener('online', onOnline);
        if (client === using) client = undefined;
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
      };
    },
  };
}
