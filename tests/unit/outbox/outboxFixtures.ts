import type { OutboxItem, OutboxStore } from '../../../src/outbox';

/** The tests' "now", epoch ms. */
export const NOW = Date.parse('2026-11-29T10:00:00.000Z');

/** An application just put in the outbox. */
export const queuedItem: OutboxItem = {
  draftId: 'draft-1',
  permitId: 'test-permit',
  submission: {
    formId: 'test-permit',
    formVersion: 1,
    locale: 'nl',
    answers: { story: 'x' },
    assistance: { assisted: false },
    client: { draftId: 'draft-1', startedAt: '2026-11-29T09:00:00.000Z', submittedAt: '2026-11-29T09:59:00.000Z' },
  },
  idempotencyKey: 'key-1',
  attempts: 0,
  state: { kind: 'queued' },
};

/** The outbox's storage in memory, as two tabs would share IndexedDB. */
export function memoryOutboxStore(initial: readonly OutboxItem[] = []): OutboxStore & { readonly items: Map<string, OutboxItem> } {
  const items = new Map(initial.map((item) => [item.draftId, item]));
  return {
    items,
    all: async () => [...items.values()],
    get: async (draftId) => items.get(draftId),
    put: async (item) => void items.set(item.draftId, item),
    remove: async (draftId) => void items.delete(draftId),
  };
}
