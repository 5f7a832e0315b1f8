import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDeviceDatabase } from '../../../src/deviceDatabase';
import { createDraftStore } from '../../../src/drafts';
import { createOutboxStore } from '../../../src/outbox';
import { makeDraft, useFreshIndexedDb } from '../drafts/draftFixtures';
import { queuedItem } from './outboxFixtures';

beforeEach(useFreshIndexedDb);

const receipt = { reference: 'HV-2026-000123', permitId: 'test-permit', receivedAt: '2026-11-29T10:05:00.000Z', expectedDecisionBy: '2027-01-24' };

describe('the outbox on the device', () => {
  it('is added to a tablet’s existing database (version 1) without losing its drafts or receipts', async () => {
    // The schema as version 1 made it, with a draft and a receipt in it.
    const old = await openDB('hulploket', 1, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('attachments', { keyPath: 'key' }).createIndex('draftId', 'draftId');
        db.createObjectStore('receipts', { keyPath: 'reference' });
        const sealed = db.createObjectStore('sealedDrafts', { keyPath: 'lookupId' });
        sealed.createIndex('draftId', 'draftId');
        sealed.createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('meta', { keyPath: 'name' });
      },
    });
    await old.put('drafts', makeDraft());
    await old.put('receipts', receipt);
    old.close();

    const database = createDeviceDatabase();
    const drafts = createDraftStore({ database });
    const outbox = createOutboxStore(database);
    expect(await drafts.get('draft-1')).toEqual(makeDraft());
    expect(await drafts.listReceipts()).toEqual([receipt]);
    await outbox.put(queuedItem);
    expect(await outbox.all()).toEqual([queuedItem]);
  });

  it('loses the queued answers in the same transaction that keeps the receipt', async () => {
    const database = createDeviceDatabase();
    const drafts = createDraftStore({ database });
    const outbox = createOutboxStore(database);
    await drafts.save(makeDraft());
    await outbox.put(queuedItem);

    await drafts.completeSend('draft-1', receipt);
    expect(await outbox.get('draft-1')).toBeUndefined();
    expect(await drafts.get('draft-1')).toBeUndefined();
    expect(await drafts.listReceipts()).toEqual([{ ...receipt, draftId: 'draft-1', unseen: true }]);
  });

  it('keeps working in memory when IndexedDB cannot be opened', async () => {
    const outbox = createOutboxStore({ connection: () => Promise.reject(new Error('private mode')), run: () => Promise.reject(new Error('private mode')) });
    await outbox.put(queuedItem);
    expect(await outbox.get('draft-1')).toEqual(queuedItem);
    await outbox.remove('draft-1');
    expect(await outbox.all()).toEqual([]);
  });
});
