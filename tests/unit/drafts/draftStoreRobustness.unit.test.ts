import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { deleteDB, unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceDatabase } from '../../../src/deviceDatabase';
import { createDraftStore, createResumeCode } from '../../../src/drafts';
import { FAST_KDF, makeDraft, useFreshIndexedDb } from './draftFixtures';

beforeEach(useFreshIndexedDb);
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Makes the next `put` on any object store fail the way a full device does. */
function failNextPut(name: string) {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
    throw new DOMException('The quota has been exceeded.', name);
  });
}

describe('a full device', () => {
  it.each(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])('says so (%s) and keeps the version saved before', async (name) => {
    const store = createDraftStore({ reportError: vi.fn() });
    await store.save(makeDraft({ answers: { story: 'first version' } }));
    failNextPut(name);

    const status = await store.save(makeDraft({ answers: { story: 'second version' } }));

    expect(status).toEqual({ kind: 'quotaExceeded' });
    expect(store.status.get()).toEqual({ kind: 'quotaExceeded' });
    expect((await store.get('draft-1'))?.answers).toEqual({ story: 'first version' });
    // Room again: the next save goes through.
    expect(await store.save(makeDraft({ answers: { story: 'third version' } }))).toMatchObject({ kind: 'saved' });
  });

  it('refuses a large attachment with a clear reason and keeps everything saved before', async () => {
    const store = createDraftStore();
    await store.save(makeDraft());
    failNextPut('QuotaExceededError');

    const result = await store.putAttachment({ draftId: 'draft-1', questionId: 'photo', n: 0, name: 'foto.jpg', blob: new Blob(['x']) });

    expect(result).toEqual({ ok: false, reason: 'quotaExceeded' });
    expect(await store.getAttachments('draft-1')).toEqual([]);
    expect(await store.get('draft-1')).toEqual(makeDraft());
  });

  it('reports any other failure as failed, without losing the earlier version', async () => {
    const reportError = vi.fn();
    const store = createDraftStore({ reportError });
    await store.save(makeDraft({ answers: { story: 'first version' } }));
    failNextPut('DataCloneError');

    expect(await store.save(makeDraft({ answers: { story: 'second' } }))).toEqual({ kind: 'failed' });
    expect(reportError).toHaveBeenCalledOnce();
    expect((await store.get('draft-1'))?.answers).toEqual({ story: 'first version' });
  });
});

describe('when IndexedDB cannot be used', () => {
  const cases: [string, unknown][] = [
    ['indexedDB is missing', undefined],
    [
      'opening throws (Firefox private windows before 115)',
      {
        open: () => {
          throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
        },
      },
    ],
  ];

  it.each(cases)('%s: works in memory with status unavailable', async (_case, factory) => {
    vi.stubGlobal('indexedDB', factory);
    const store = createDraftStore({ kdfIterations: FAST_KDF });

    expect(await store.ready).toBe('memory');
    expect(store.status.get()).toEqual({ kind: 'unavailable' });
    expect(await store.save(makeDraft())).toEqual({ kind: 'unavailable' });
    expect(await store.get('draft-1')).toEqual(makeDraft());
    expect((await store.list()).map((draft) => draft.id)).toEqual(['draft-1']);
    await store.putAttachment({ draftId: 'draft-1', questionId: 'photo', n: 0, name: 'foto.jpg', blob: new Blob(['x']) });

    const code = createResumeCode();
    expect(await store.sealAndStore('draft-1', code)).toMatchObject({ ok: true });
    expect(await store.get('draft-1')).toBeUndefined();
    expect(await store.openWithCode(code)).toEqual({ ok: true, draft: makeDraft() });
    expect(await store.getAttachments('draft-1')).toHaveLength(1);
    await store.completeSend('draft-1', { reference: 'HV-1', permitId: 'test-permit', receivedAt: '2026-11-29T10:00:00Z', expectedDecisionBy: '2027-01-24' });
    expect(await store.list()).toEqual([]);
    expect(await store.listReceipts()).toHaveLength(1);
  });
});

describe('a connection the browser closes', () => {
  it('is opened again after a forced close (the "close" event, as when site data is cleared)', async () => {
    const database = createDeviceDatabase();
    const store = createDraftStore({ database });
    await store.save(makeDraft({ answers: { story: 'before' } }));
    const first = await database.connection();

    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);

    expect(await store.save(makeDraft({ answers: { story: 'after' } }))).toMatchObject({ kind: 'saved' });
    expect((await store.get('draft-1'))?.answers).toEqual({ story: 'after' });
    expect(await database.connection()).not.toBe(first);
  });

  it('is opened again once when a transaction fails with InvalidStateError (closed without an event)', async () => {
    const database = createDeviceDatabase();
    const store = createDraftStore({ database });
    await store.save(makeDraft());
    const first = await database.connection();
    first.close();

    expect(await store.save(makeDraft({ answers: { story: 'after' } }))).toMatchObject({ kind: 'saved' });
    expect((await store.get('draft-1'))?.answers).toEqual({ story: 'after' });
    expect(await database.connection()).not.toBe(first);
  });

  it('is closed for another tab that deletes or upgrades the database, instead of blocking it', async () => {
    const store = createDraftStore();
    await store.save(makeDraft());
    const blocked = vi.fn();

    await deleteDB('hulploket', { blocked });

    expect(blocked).not.toHaveBeenCalled();
    // The next operation opens a fresh database.
    expect(await store.get('draft-1')).toBeUndefined();
    expect(await store.save(makeDraft())).toMatchObject({ kind: 'saved' });
  });
});
