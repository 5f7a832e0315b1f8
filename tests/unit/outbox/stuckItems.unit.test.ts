import { describe, expect, it } from 'vitest';
import { exportOutboxItem, isStuck, STUCK_AFTER_ATTEMPTS } from '../../../src/outbox';
import { NOW, queuedItem } from './outboxFixtures';

describe('a stuck application', () => {
  it('is one that waits for a person, or that keeps failing to go by itself', () => {
    expect(isStuck(queuedItem)).toBe(false);
    expect(isStuck({ ...queuedItem, attempts: STUCK_AFTER_ATTEMPTS - 1, state: { kind: 'waiting', nextAttemptAt: NOW, retryAfter: false } })).toBe(false);
    expect(isStuck({ ...queuedItem, attempts: STUCK_AFTER_ATTEMPTS, state: { kind: 'waiting', nextAttemptAt: NOW, retryAfter: false } })).toBe(true);
    expect(isStuck({ ...queuedItem, attempts: 1, state: { kind: 'needsAction', reason: 'unauthorised' } })).toBe(true);
  });

  it('is saved as a file with the exact submission, its files, its key and its state, named without personal data', async () => {
    const item = { ...queuedItem, attempts: 2, state: { kind: 'needsAction', reason: 'rejected', errors: [{ field: 'story', code: 'required' }] } } as const;
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: 'image/jpeg' });
    const file = await exportOutboxItem(item, [{ questionId: 'photo', name: 'pasfoto.jpg', blob: photo }], new Date(NOW));
    expect(file.fileName).toBe('aanvraag-test-permit-2026-11-29-draft-1.json');
    expect(JSON.parse(file.text)).toEqual({
      format: 'hulploket-outbox-item',
      version: 1,
      exportedAt: '2026-11-29T10:00:00.000Z',
      permitId: 'test-permit',
      draftId: 'draft-1',
      idempotencyKey: 'key-1',
      attempts: 2,
      state: item.state,
      submission: queuedItem.submission,
      files: [{ questionId: 'photo', name: 'pasfoto.jpg', type: 'image/jpeg', size: 4, base64: '/9j/4A==' }],
    });
  });
});
