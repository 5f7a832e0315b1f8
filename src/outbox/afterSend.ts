import type { Receipt, SendResult } from '../intake';
import { backoffDelayMs, type BackoffOptions } from './backoff';
import type { OutboxItem } from '../deviceDatabase';

/** What the outbox does with an item after one request. */
export type AfterSend =
  /** The service has it: keep only the receipt, the item leaves the outbox. */
  | { readonly kind: 'sent'; readonly receipt: Receipt }
  /** Keep the item, in this new state. */
  | { readonly kind: 'keep'; readonly item: OutboxItem };

export interface AfterSendContext {
  /** Epoch ms. */
  readonly now: number;
  /** In [0, 1), for the jitter. */
  readonly random: () => number;
  /** A fresh idempotency key (after a 409). */
  readonly newKey: () => string;
  readonly backoff?: BackoffOptions;
}

/**
 * The outbox's state machine, one step: the item and the intake service's answer give the next
 * state. Nothing is ever dropped here except on `sent` (docs/offline.md, guarantee 2).
 */
export function afterSend(item: OutboxItem, result: SendResult, context: AfterSendContext): AfterSend {
  const attempts = item.attempts + 1;
  const keep = (state: OutboxItem['state'], changes: Partial<OutboxItem> = {}): AfterSend => ({
    kind: 'keep',
    item: { ...item, ...changes, attempts, state },
  });
  switch (result.kind) {
    case 'sent':
      return { kind: 'sent', receipt: result.receipt };
    case 'unreachable': {
      const delay = backoffDelayMs(attempts, context.random, context.backoff, result.retryAfterSeconds);
      return keep({
        kind: 'waiting',
        nextAttemptAt: context.now + delay,
        retryAfter: result.retryAfterSeconds !== undefined,
        ...(result.status === undefined ? {} : { serviceFailed: true }),
      });
    }
    case 'rejected':
      return keep({ kind: 'needsAction', reason: 'rejected', errors: result.errors });
    case 'unauthorised':
      return keep({ kind: 'needsAction', reason: 'unauthorised' });
    case 'fileRefused':
      return keep({ kind: 'needsAction', reason: 'fileRefused', errors: result.errors });
    case 'invalidRequest':
      return keep({ kind: 'needsAction', reason: 'invalidRequest' });
    case 'formVersionRefused':
      return keep({ kind: 'needsAction', reason: 'formChanged' });
    // One draft, one application: another tablet (or this one, before) sent it from the same parked
    // draft. Retrying cannot help; the first reference is what the person needs.
    case 'alreadySent':
      return keep({ kind: 'needsAction', reason: 'alreadySent', reference: result.reference });
    // The key was used before for other content (the person changed answers after an earlier
    // try): this content is a new submission, so it gets a key of its own and goes at once.
    case 'conflict':
      return keep({ kind: 'queued' }, { idempotencyKey: context.newKey() });
  }
}
