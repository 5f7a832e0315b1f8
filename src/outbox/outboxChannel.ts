/** The BroadcastChannel every tab and the service worker of this origin tell each other about the outbox on. */
export const OUTBOX_CHANNEL_NAME = 'hulploket-outbox';

/**
 * What the sender (a tab or the service worker) tells the others, so every open tab shows the same
 * state: `sending` when a request for the item starts, `changed` once the outbox on the device
 * changed (an item was added, sent, kept in a new state or deleted): read it again.
 */
export type OutboxMessage = { readonly kind: 'sending'; readonly draftId: string } | { readonly kind: 'changed' };

/** The part of a `BroadcastChannel` the outbox uses; a stand-in in the unit tests. */
export interface OutboxChannel {
  post(message: OutboxMessage): void;
  /** Returns the function that stops listening. */
  listen(listener: (message: OutboxMessage) => void): () => void;
}

/**
 * This origin's outbox channel, or `undefined` where `BroadcastChannel` is missing (then each tab
 * learns about the others' sends at its next run, as before).
 */
export function browserOutboxChannel(): OutboxChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(OUTBOX_CHANNEL_NAME);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const receive = (event: MessageEvent<unknown>) => {
        if (isOutboxMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', receive);
      return () => channel.removeEventListener('message', receive);
    },
  };
}

function isOutboxMessage(data: unknown): data is OutboxMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { kind, draftId } = data as { kind?: unknown; draftId?: unknown };
  return kind === 'changed' || (kind === 'sending' && typeof draftId === 'string');
}
