import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftStore, createResumeCode, formatResumeCode } from '../../../src/drafts';
import { FAST_KDF, SECRET, dumpDatabase, makeDraft, manualClock, useFreshIndexedDb } from './draftFixtures';

beforeEach(useFreshIndexedDb);
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const receipt = {
  reference: 'HV-2026-000123',
  permitId: 'test-permit',
  receivedAt: '2026-11-29T10:05:00.000Z',
  expectedDecisionBy: '2027-01-24',
};
const pdf = (text: string) => new Blob([text], { type: 'application/pdf' });

describe('the draft store keeps drafts on the device', () => {
  it('saves a draft, replaces it with the next version, and says when it was saved', async () => {
    const clock = manualClock('2026-11-29T13:32:10.000Z');
    const store = createDraftStore({ now: clock.now });
    expect(await store.ready).toBe('indexedDB');
    expect(store.status.get()).toEqual({ kind: 'idle' });
    const seen: string[] = [];
    store.status.subscribe((status) => seen.push(status.kind));

    await store.save(makeDraft());
    const status = await store.save(makeDraft({ answers: { story: 'changed' } }));

    expect(status).toEqual({ kind: 'saved', at: '2026-11-29T13:32:10.000Z' });
    expect(seen).toEqual(['saving', 'saved', 'saving', 'saved']);
    expect((await store.get('draft-1'))?.answers).toEqual({ story: 'changed' });
    expect(await store.get('unknown')).toBeUndefined();
  });

  it('keeps saying when it last saved while the next write is under way, so the live region never goes blank', async () => {
    const store = createDraftStore({ now: manualClock('2026-11-29T13:32:10.000Z').now });
    const seen: unknown[] = [];
    store.status.subscribe((status) => seen.push(status));
    await store.save(makeDraft());
    await store.save(makeDraft({ answers: { story: 'changed' } }));
    expect(seen).toEqual([
      { kind: 'saving' },
      { kind: 'saved', at: '2026-11-29T13:32:10.000Z' },
      { kind: 'saving', lastSavedAt: '2026-11-29T13:32:10.000Z' },
      { kind: 'saved', at: '2026-11-29T13:32:10.000Z' },
    ]);
  });

  it('never says "saved" when files the answers point at are gone from the device, and names them', async () => {
    const store = createDraftStore();
    const kept = await store.putAttachment({ draftId: 'draft-1', questionId: 'scan', n: 1, name: 'scan.pdf', blob: pdf('kept') });
    if (!kept.ok) throw new Error('not kept');
    const file = (ref: string) => ({ name: 'scan.pdf', type: 'application/pdf', size: 4, ref });
    expect((await store.save(makeDraft({ answers: { scan: [file(kept.key)] } }))).kind).toBe('saved');

    // As after the browser evicted the database: the answers still point at a file that is not there.
    await store.deleteAttachment(kept.key);
    const status = await store.save(makeDraft({ answers: { scan: [file(kept.key), file('draft-1/scan/2')] } }));
    expect(status).toEqual({ kind: 'filesMissing', draftId: 'draft-1', refs: [kept.key, 'draft-1/scan/2'] });
    // The answers were written all the same: nothing typed is lost.
    expect((await store.get('draft-1'))?.answers.scan).toHaveLength(2);
  });

  it('lists drafts newest first for staff, without any answer', async () => {
    const store = createDraftStore();
    await store.save(makeDraft({ id: 'older', updatedAt: '2026-11-20T08:00:00.000Z' }));
    await store.save(makeDraft({ id: 'newer', updatedAt: '2026-11-28T08:00:00.000Z', stepId: undefined }));

    const list = await store.list();

    expect(list.map((summary) => summary.id)).toEqual(['newer', 'older']);
    expect(list[1]).toEqual({
      id: 'older',
      permitId: 'test-permit',
      permitVersion: 3,
      stepId: 'extra',
      startedAt: '2026-11-29T09:00:00.000Z',
      updatedAt: '2026-11-20T08:00:00.000Z',
      answeredCount: 4,
    });
    const listed = JSON.stringify(list);
    for (const answer of [SECRET, '111222333', 'walker', 'driver']) expect(listed).not.toContain(answer);
  });

  it('deletes a draft together with its attachments, and only that draft', async () => {
    const store = createDraftStore();
    await store.save(makeDraft({ id: 'a' }));
    await store.save(makeDraft({ id: 'b', answers: { story: 'iets anders' } }));
    await store.putAttachment({ draftId: 'a', questionId: 'certificate', n: 0, name: 'verklaring.pdf', blob: pdf(SECRET) });
    await store.putAttachment({ draftId: 'b', questionId: 'certificate', n: 0, name: 'ander.pdf', blob: pdf('other') });

    await store.delete('a');

    expect(await store.get('a')).toBeUndefined();
    expect(await store.getAttachments('a')).toEqual([]);
    expect(await store.get('b')).toBeDefined();
    expect(await store.getAttachments('b')).toHaveLength(1);
    expect((await dumpDatabase()).text).not.toContain(SECRET);
  });

  it('stores an attachment once as a Blob with its metadata, and deletes it by key', async () => {
    const clock = manualClock();
    const store = createDraftStore({ now: clock.now });
    const result = await store.putAttachment({ draftId: 'draft-1', questionId: 'certificate', n: 1, name: 'scan.pdf', blob: pdf('%PDF-1.7') });

    expect(result).toEqual({ ok: true, key: 'draft-1/certificate/1' });
    const [stored] = await store.getAttachments('draft-1');
    expect(stored).toMatchObject({
      key: 'draft-1/certificate/1',
      draftId: 'draft-1',
      questionId: 'certificate',
      n: 1,
      name: 'scan.pdf',
      type: 'application/pdf',
      size: 8,
      storedAt: '2026-11-29T10:00:00.000Z',
    });
    expect(await stored?.blob.text()).toBe('%PDF-1.7');

    await store.deleteAttachment('draft-1/certificate/1');
    expect(await store.getAttachments('draft-1')).toEqual([]);
  });

  it('wipes drafts, sealed drafts and attachments older than 30 days by their last change', async () => {
    const clock = manualClock('2026-12-31T12:00:00.000Z');
    const store = createDraftStore({ now: clock.now, kdfIterations: FAST_KDF });
    await store.save(makeDraft({ id: 'old', updatedAt: '2026-11-30T11:59:59.000Z' }));
    await store.save(makeDraft({ id: 'recent', updatedAt: '2026-12-01T12:00:01.000Z' }));
    await store.save(makeDraft({ id: 'old-sealed', updatedAt: '2026-11-01T00:00:00.000Z' }));
    await store.putAttachment({ draftId: 'old', questionId: 'certificate', n: 0, name: 'a.pdf', blob: pdf(SECRET) });
    await store.putAttachment({ draftId: 'recent', questionId: 'certificate', n: 0, name: 'b.pdf', blob: pdf('keep') });
    await store.sealAndStore('old-sealed', createResumeCode());

    expect(await store.wipeExpired()).toBe(2);

    expect((await store.list()).map((draft) => draft.id)).toEqual(['recent']);
    expect(await store.getAttachments('old')).toEqual([]);
    expect(await store.getAttachments('recent')).toHaveLength(1);
    expect((await dumpDatabase()).counts).toMatchObject({ drafts: 1, sealedDrafts: 0, attachments: 1 });
    expect(await store.wipeExpired(new Date('2026-12-31T12:00:00.000Z'), 10)).toBe(1);
  });

  it('"Stoppen en wissen" removes open drafts and files but keeps sealed drafts and receipts', async () => {
    const store = createDraftStore({ kdfIterations: FAST_KDF });
    await store.save(makeDraft({ id: 'parked' }));
    const sealed = await store.sealAndStore('parked', createResumeCode());
    await store.save(makeDraft({ id: 'sent' }));
    await store.completeSend('sent', receipt);
    await store.save(makeDraft({ id: 'open' }));
    await store.putAttachment({ draftId: 'open', questionId: 'certificate', n: 0, name: 'a.pdf', blob: pdf(SECRET) });

    await store.wipeAll();

    expect(await store.list()).toEqual([]);
    expect(await store.getAttachments('open')).toEqual([]);
    expect(sealed.ok && (await store.exportSealed(sealed.lookupId))).toBeTruthy();
    expect(await store.listReceipts()).toHaveLength(1);
    expect((await dumpDatabase()).text).not.toContain(SECRET);
  });

  it('a late autosave after "Stoppen en wissen" does not bring the answers back', async () => {
    const store = createDraftStore();
    await store.save(makeDraft());
    await store.wipeAll();
    await store.save(makeDraft({ updatedAt: '2026-11-29T09:31:00.000Z' }));
    expect(await store.get('draft-1')).toBeUndefined();
  });
});

describe('after a send only the receipt stays', () => {
  it('removes the draft, its files and its sealed copy in one go, and keeps no answer text anywhere', async () => {
    const store = createDraftStore({ kdfIterations: FAST_KDF });
    const code = createResumeCode();
    await store.save(makeDraft());
    await store.putAttachment({ draftId: 'draft-1', questionId: 'certificate', n: 0, name: `${SECRET}.pdf`, blob: pdf(SECRET) });
    // Parked, opened again with the code (the sealed copy stays as a fallback), changed, then sent.
    await store.sealAndStore('draft-1', code);
    expect((await store.openWithCode(formatResumeCode(code))).ok).toBe(true);
    await store.save(makeDraft({ updatedAt: '2026-11-29T10:00:00.000Z' }));
    await store.save(makeDraft({ id: 'someone-else', answers: { story: 'not sent yet' } }));
    expect((await dumpDatabase()).text).toContain(SECRET);

    await store.completeSend('draft-1', { ...receipt, status: 'received' } as typeof receipt);

    const { text, counts } = await dumpDatabase();
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('111222333');
    expect(counts).toEqual({ attachments: 0, drafts: 1, meta: 0, outbox: 0, staffAccounts: 0, receipts: 1, sealedDrafts: 0 });
    expect(await store.listReceipts()).toEqual([{ ...receipt, draftId: 'draft-1', unseen: true }]);
    // Once a screen showed it, it is no longer news at the next start.
    await store.markReceiptsSeen([receipt.reference]);
    expect(await store.listReceipts()).toEqual([{ ...receipt, draftId: 'draft-1' }]);
    // An autosave still on its way must not write the answers back.
    await store.save(makeDraft({ updatedAt: '2026-11-29T10:00:01.000Z' }));
    expect((await dumpDatabase()).text).not.toContain(SECRET);
  });

  it('lists receipts newest first', async () => {
    const store = createDraftStore();
    await store.completeSend('x', receipt);
    await store.completeSend('y', { ...receipt, reference: 'HV-2026-000124', receivedAt: '2026-11-30T10:00:00.000Z' });
    expect((await store.listReceipts()).map((stored) => stored.reference)).toEqual(['HV-2026-000124', 'HV-2026-000123']);
  });
});

describe('persistent storage', () => {
  it('is asked for once, after the first save, where the browser offers it', async () => {
    const persist = vi.fn(async () => true);
    const persisted = vi.fn(async () => false);
    vi.stubGlobal('navigator', { storage: { persist, persisted } });
    const store = createDraftStore();
    await store.ready;
    expect(persist).not.toHaveBeenCalled();

    await store.save(makeDraft());
    await store.save(makeDraft());
    await store.save(makeDraft());

    expect(persisted).toHaveBeenCalledTimes(1);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('is skipped quietly where the API is missing (Node, older browsers)', async () => {
    const store = createDraftStore();
    expect(await store.save(makeDraft())).toMatchObject({ kind: 'saved' });
  });
});
