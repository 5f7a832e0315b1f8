import { describe, expect, it } from 'vitest';
import type { SendResult } from '../../../src/intake';
import { afterSend, isDue, type OutboxItem } from '../../../src/outbox';
import { NOW, queuedItem } from './outboxFixtures';

const context = { now: NOW, random: () => 0.5, newKey: () => 'key-2', backoff: { baseMs: 1_000, capMs: 60_000 } };
const keep = (result: SendResult, item: OutboxItem = queuedItem) => {
  const next = afterSend(item, result, context);
  if (next.kind !== 'keep') throw new Error(`expected the item to be kept, got ${next.kind}`);
  return next.item;
};

describe('the outbox state machine', () => {
  it('lets an item go only when the service acknowledged it', () => {
    const receipt = { reference: 'HV-2026-000001', receivedAt: '2026-11-29T10:00:00.000Z', expectedDecisionBy: '2027-01-24', status: 'received' } as const;
    expect(afterSend(queuedItem, { kind: 'sent', receipt }, context)).toEqual({ kind: 'sent', receipt });
  });

  it('keeps an item it could not deliver, and waits longer after every failed try', () => {
    const once = keep({ kind: 'unreachable' });
    expect(once).toMatchObject({ attempts: 1, idempotencyKey: 'key-1', state: { kind: 'waiting', nextAttemptAt: NOW + 750, retryAfter: false } });
    const twice = keep({ kind: 'unreachable' }, once);
    expect(twice).toMatchObject({ attempts: 2, state: { kind: 'waiting', nextAttemptAt: NOW + 1_500 } });
  });

  it('honours Retry-After (429, 503): the next try not before the service said', () => {
    expect(keep({ kind: 'unreachable', retryAfterSeconds: 120, status: 503 }).state).toEqual({ kind: 'waiting', nextAttemptAt: NOW + 120_000, retryAfter: true, serviceFailed: true });
  });

  it('remembers that the service answered with an error (a 500), not the network that failed', () => {
    expect(keep({ kind: 'unreachable', status: 500 }).state).toEqual({ kind: 'waiting', nextAttemptAt: NOW + 750, retryAfter: false, serviceFailed: true });
    expect(keep({ kind: 'unreachable' }).state).not.toHaveProperty('serviceFailed');
  });

  it('keeps an item the service refused, waiting for a person', () => {
    expect(keep({ kind: 'unauthorised' }).state).toEqual({ kind: 'needsAction', reason: 'unauthorised' });
    expect(keep({ kind: 'rejected', errors: [{ field: 'bsn', code: 'bsn.checksum' }] }).state).toEqual({
      kind: 'needsAction',
      reason: 'rejected',
      errors: [{ field: 'bsn', code: 'bsn.checksum' }],
    });
    expect(keep({ kind: 'fileRefused', status: 413, errors: [{ field: 'photo', code: 'file.tooLarge', params: { maxMb: 5 } }] }).state).toEqual({
      kind: 'needsAction',
      reason: 'fileRefused',
      errors: [{ field: 'photo', code: 'file.tooLarge', params: { maxMb: 5 } }],
    });
    expect(keep({ kind: 'invalidRequest' }).state).toEqual({ kind: 'needsAction', reason: 'invalidRequest' });
  });

  it('keeps an item whose form version the service no longer accepts, to be completed in the current form; never sent as it is again', () => {
    const changed = keep({ kind: 'formVersionRefused' });
    expect(changed).toMatchObject({ attempts: 1, idempotencyKey: 'key-1', state: { kind: 'needsAction', reason: 'formChanged' } });
    for (const trigger of ['online', 'start', 'manual', 'timer', 'sync'] as const) expect(isDue(changed, NOW + 3_600_000, trigger)).toBe(false);
  });

  it('keeps an item whose parked draft already became an application (409 draft-already-sent) with the first reference, and never sends it again', () => {
    const sentElsewhere = keep({ kind: 'alreadySent', reference: 'HV-2026-000042' });
    expect(sentElsewhere).toMatchObject({ attempts: 1, idempotencyKey: 'key-1', state: { kind: 'needsAction', reason: 'alreadySent', reference: 'HV-2026-000042' } });
    for (const trigger of ['online', 'start', 'manual', 'timer', 'sync'] as const) expect(isDue(sentElsewhere, NOW + 3_600_000, trigger)).toBe(false);
  });

  it('sends content whose key was used for other content (409) again at once, with a new key', () => {
    expect(keep({ kind: 'conflict' })).toMatchObject({ idempotencyKey: 'key-2', state: { kind: 'queued' } });
  });
});

describe('when an item is due', () => {
  const waiting = (retryAfter: boolean): OutboxItem => ({ ...queuedItem, state: { kind: 'waiting', nextAttemptAt: NOW + 60_000, retryAfter } });

  it('the timer waits for the backoff; online, start and "Nu versturen" try at once', () => {
    expect(isDue(waiting(false), NOW, 'timer')).toBe(false);
    expect(isDue(waiting(false), NOW + 60_000, 'timer')).toBe(true);
    for (const trigger of ['online', 'start', 'manual', 'sync'] as const) expect(isDue(waiting(false), NOW, trigger)).toBe(true);
  });

  it('after an error from the service (a 500) only "Nu versturen" tries before the backoff: no Background Sync, no online, no start', () => {
    const failing: OutboxItem = { ...queuedItem, state: { kind: 'waiting', nextAttemptAt: NOW + 60_000, retryAfter: false, serviceFailed: true } };
    for (const trigger of ['sync', 'online', 'start', 'timer'] as const) expect(isDue(failing, NOW, trigger)).toBe(false);
    expect(isDue(failing, NOW, 'manual')).toBe(true);
    expect(isDue(failing, NOW + 60_000, 'sync')).toBe(true);
  });

  it('nothing sends before a Retry-After has passed', () => {
    for (const trigger of ['online', 'start', 'manual', 'timer'] as const) expect(isDue(waiting(true), NOW, trigger)).toBe(false);
    expect(isDue(waiting(true), NOW + 60_000, 'online')).toBe(true);
  });

  it('a tablet that was not linked is tried again when staff ask or at the next start; refused answers wait for the person', () => {
    const unlinked: OutboxItem = { ...queuedItem, state: { kind: 'needsAction', reason: 'unauthorised' } };
    expect(isDue(unlinked, NOW, 'manual')).toBe(true);
    expect(isDue(unlinked, NOW, 'start')).toBe(true);
    expect(isDue(unlinked, NOW, 'timer')).toBe(false);
    const refused: OutboxItem = { ...queuedItem, state: { kind: 'needsAction', reason: 'rejected', errors: [] } };
    expect(isDue(refused, NOW, 'manual')).toBe(false);
  });
});
