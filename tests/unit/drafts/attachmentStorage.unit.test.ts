import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceDatabase } from '../../../src/deviceDatabase';
import { createDraftStore, createResumeCode, formatResumeCode } from '../../../src/drafts';
import { createOutboxStore } from '../../../src/outbox';
import { queuedItem } from '../outbox/outboxFixtures';
import { FAST_KDF, SECRET, dumpDatabase, makeDraft, useFreshIndexedDb } from './draftFixtures';

beforeEach(useFreshIndexedDb);
afterEach(() => {
  vi.unstubAllGlobals();
});

const photo = (text: string) => new Blob([text], { type: 'image/jpeg' });

describe('attachments on the device', () => {
  it('are written once, apart from the draft: saving the answers again does not touch them', async () => {
    const store = createDraftStore();
    const kept = await store.putAttachment({ draftId: 'draft-1', questionId: 'photo', n: 1, name: 'pasfoto.jpg', blob: photo(SECRET) });
    expect(kept).toEqual({ ok: true, key: 'draft-1/photo/1' });
    const [before] = await store.getAttachments('draft-1');
    for (let i = 0; i < 3; i++) await store.save(makeDraft({ answers: { photo: [{ name: 'pasfoto.jpg', type: 'image/jpeg', size: SECRET.length, ref: 'draft-1/photo/1' }], story: `versie ${i}` } }));
    const [after] = await store.getAttachments('draft-1');
    expect(after?.storedAt).toBe(before?.storedAt);
    expect(await after?.blob.text()).toBe(SECRET);
  });

  it('of an application waiting in the outbox survive "Stoppen en wissen" (they go with it), the others do not', async () => {
    const database = createDeviceDatabase();
    const store = createDraftStore({ database });
    await createOutboxStore(database).put(queuedItem);
    await store.putAttachment({ draftId: queuedItem.draftId, questionId: 'photo', n: 1, name: 'queued.jpg', blob: photo('queued') });
    await store.putAttachment({ draftId: 'draft-2', questionId: 'photo', n: 1, name: 'open.jpg', blob: photo(SECRET) });
    await store.save(makeDraft({ id: 'draft-2' }));

    await store.wipeAll();

    expect((await store.getAttachments(queuedItem.draftId)).map((attachment) => attachment.name)).toEqual(['queued.jpg']);
    expect(await store.getAttachments('draft-2')).toEqual([]);
    expect((await dumpDatabase()).text).not.toContain(SECRET);

    // Once the service has it, they go with the draft.
    await store.completeSend(queuedItem.draftId, { reference: 'HV-2026-000001', permitId: 'test-permit', receivedAt: '2026-11-29T10:00:00.000Z', expectedDecisionBy: '2027-01-24' });
    expect((await dumpDatabase()).counts).toMatchObject({ attachments: 0, outbox: 0 });
  });

  it('are sealed with the draft (encrypted with the code’s key) and come back with it', async () => {
    const store = createDraftStore({ kdfIterations: FAST_KDF });
    await store.save(makeDraft());
    await store.putAttachment({ draftId: 'draft-1', questionId: 'photo', n: 7, name: 'pasfoto.jpg', blob: photo(`foto van ${SECRET}`) });
    const code = createResumeCode();
    const sealed = await store.sealAndStore('draft-1', code);
    expect(sealed.ok).toBe(true);
    expect(await store.getAttachments('draft-1')).toEqual([]);
    expect((await dumpDatabase()).text).not.toContain(SECRET);

    expect((await store.openWithCode(formatResumeCode(code))).ok).toBe(true);
    const [back] = await store.getAttachments('draft-1');
    expect(back).toMatchObject({ key: 'draft-1/photo/7', name: 'pasfoto.jpg', type: 'image/jpeg' });
    expect(await back?.blob.text()).toBe(`foto van ${SECRET}`);
  });
});
