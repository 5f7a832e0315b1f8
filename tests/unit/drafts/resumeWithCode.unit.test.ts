import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceDatabase } from '../../../src/deviceDatabase';
import {
  RESUME_ATTEMPT_LIMIT,
  createDraftStore,
  createResumeCode,
  formatResumeCode,
  lookupIdFor,
  type ResumeCode,
} from '../../../src/drafts';
import type { ParkedDraftLookup } from '../../../src/intake';
import { FAST_KDF, SECRET, dumpDatabase, makeDraft, manualClock, useFreshIndexedDb } from './draftFixtures';

beforeEach(useFreshIndexedDb);
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A well-formed code that is not `code`. */
function otherCode(code: ResumeCode): ResumeCode {
  let other = createResumeCode();
  while (other === code) other = createResumeCode();
  return other;
}

async function parkedDraft(options: Parameters<typeof createDraftStore>[0] = {}) {
  const store = createDraftStore({ kdfIterations: FAST_KDF, ...options });
  const code = createResumeCode();
  await store.save(makeDraft());
  await store.putAttachment({ draftId: 'draft-1', questionId: 'certificate', n: 0, name: 'verklaring.pdf', blob: new Blob([SECRET]) });
  const sealed = await store.sealAndStore('draft-1', code);
  if (!sealed.ok) throw new Error(sealed.reason);
  return { store, code, lookupId: sealed.lookupId };
}

describe('"Opslaan en later verder"', () => {
  it('leaves the draft and its files on the device only in encrypted form', async () => {
    const { store } = await parkedDraft();

    expect(await store.get('draft-1')).toBeUndefined();
    expect(await store.list()).toEqual([]);
    expect(await store.getAttachments('draft-1')).toEqual([]);
    const { text, counts } = await dumpDatabase();
    expect(counts).toMatchObject({ drafts: 0, attachments: 0, sealedDrafts: 1 });
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('111222333');
  });

  it('keeps the sealed draft under the lookup id of the code', async () => {
    const { store, code, lookupId } = await parkedDraft();
    expect(lookupId).toBe(await lookupIdFor(code, { iterations: FAST_KDF }));
    expect(await store.exportSealed(lookupId)).toMatchObject({ v: 1, iterations: FAST_KDF });
  });

  it('says when there is no saved draft to seal', async () => {
    const store = createDraftStore({ kdfIterations: FAST_KDF });
    expect(await store.sealAndStore('nothing', createResumeCode())).toEqual({ ok: false, reason: 'notFound' });
  });

  it('a late autosave does not write the readable draft back', async () => {
    const { store } = await parkedDraft();
    await store.save(makeDraft({ updatedAt: '2026-11-29T09:31:00.000Z' }));
    expect((await dumpDatabase()).text).not.toContain(SECRET);
  });

  it('sealing again under a new code replaces the older sealed copy', async () => {
    const { store, code, lookupId } = await parkedDraft();
    await store.openWithCode(code);
    const second = await store.sealAndStore('draft-1', createResumeCode());
    expect(second.ok && second.lookupId).not.toBe(lookupId);
    expect(await store.exportSealed(lookupId)).toBeUndefined();
    expect((await dumpDatabase()).counts).toMatchObject({ sealedDrafts: 1, drafts: 0 });
  });
});

describe('opening a saved draft with its code', () => {
  it('gives the draft and its files back, from the code as dictated', async () => {
    const { store, code } = await parkedDraft();

    const opened = await store.openWithCode(formatResumeCode(code).toLowerCase().replaceAll('-', ' '));

    expect(opened).toEqual({ ok: true, draft: makeDraft() });
    expect(await store.get('draft-1')).toEqual(makeDraft());
    const [file] = await store.getAttachments('draft-1');
    expect(await file?.blob.text()).toBe(SECRET);
    // Saving works again for the opened draft.
    expect(await store.save(makeDraft({ updatedAt: '2026-11-29T11:00:00.000Z' }))).toMatchObject({ kind: 'saved' });
    expect((await store.get('draft-1'))?.updatedAt).toBe('2026-11-29T11:00:00.000Z');
  });

  it('keeps a newer open copy of the same draft on this device', async () => {
    const { store, code } = await parkedDraft();
    await store.openWithCode(code);
    const newer = makeDraft({ answers: { story: 'newer' }, updatedAt: '2026-11-29T12:00:00.000Z' });
    await store.save(newer);
    expect(await store.openWithCode(code)).toEqual({ ok: true, draft: newer });
  });

  it('reports a typo without counting it as an attempt', async () => {
    const clock = manualClock();
    const { store, code } = await parkedDraft({ now: clock.now });
    const typo = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
    for (let i = 0; i < 10; i += 1) {
      expect(await store.openWithCode(typo)).toEqual({ ok: false, reason: 'invalidCode', error: 'resumeCode.checksum' });
    }
    expect(await store.openWithCode('0000')).toEqual({ ok: false, reason: 'invalidCode', error: 'resumeCode.characters' });
    expect(await store.openWithCode(code)).toMatchObject({ ok: true });
  });

  it('says notFound for a code no draft has, and wrongCode when the sealed draft does not open', async () => {
    const { store, code, lookupId } = await parkedDraft();
    expect(await store.openWithCode(otherCode(code))).toEqual({ ok: false, reason: 'notFound' });

    const sealed = await store.exportSealed(lookupId);
    if (!sealed) throw new Error('not sealed');
    const bytes = Uint8Array.from(atob(sealed.ciphertext), (char) => char.charCodeAt(0));
    bytes[5] = (bytes[5] ?? 0) ^ 0xff;
    await store.importSealed(lookupId, { ...sealed, ciphertext: btoa(String.fromCharCode(...bytes)) });
    expect(await store.openWithCode(code)).toEqual({ ok: false, reason: 'wrongCode' });
  });

  it(`allows ${RESUME_ATTEMPT_LIMIT.maxFailures} wrong codes per ${RESUME_ATTEMPT_LIMIT.windowMinutes} minutes on a device, and wrong codes never harm the sealed draft`, async () => {
    const clock = manualClock();
    const { store, code, lookupId } = await parkedDraft({ now: clock.now });
    const before = JSON.stringify(await store.exportSealed(lookupId));

    const answers = [];
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      answers.push(await store.openWithCode(otherCode(code)));
      clock.advanceMinutes(1);
    }

    expect(answers.slice(0, 5)).toEqual(Array(5).fill({ ok: false, reason: 'notFound' }));
    // The first wrong code was at minute 0: the window frees up at minute 15.
    expect(answers.slice(5).map((answer) => !answer.ok && answer.reason === 'tooManyAttempts' && answer.retryAfterMinutes)).toEqual([10, 9, 8, 7, 6]);
    // Locked out: even the right code has to wait.
    expect(await store.openWithCode(code)).toEqual({ ok: false, reason: 'tooManyAttempts', retryAfterMinutes: 5 });
    expect(JSON.stringify(await store.exportSealed(lookupId))).toBe(before);

    clock.advanceMinutes(5);
    expect(await store.openWithCode(code)).toEqual({ ok: true, draft: makeDraft() });
  });

  it('counts wrong codes across tabs and restarts (kept in the database)', async () => {
    const clock = manualClock();
    const { code } = await parkedDraft({ now: clock.now });
    const firstTab = createDraftStore({ now: clock.now, kdfIterations: FAST_KDF });
    for (let i = 0; i < 5; i += 1) await firstTab.openWithCode(otherCode(code));

    const secondTab = createDraftStore({ now: clock.now, kdfIterations: FAST_KDF, database: createDeviceDatabase() });
    expect(await secondTab.openWithCode(code)).toMatchObject({ ok: false, reason: 'tooManyAttempts' });
  });
});

describe('a draft parked at the intake service opens at another tablet', () => {
  it('moves as ciphertext by export and import', async () => {
    const { store: here, code, lookupId } = await parkedDraft();
    const parked = await here.exportSealed(lookupId);
    expect(JSON.stringify(parked)).not.toContain(SECRET);

    useFreshIndexedDb(); // the other tablet
    const there = createDraftStore({ kdfIterations: FAST_KDF });
    expect(await there.importSealed(lookupId, parked)).toEqual({ ok: true });
    expect(await there.openWithCode(code)).toEqual({ ok: true, draft: makeDraft() });
    const [file] = await there.getAttachments('draft-1');
    expect(await file?.blob.text()).toBe(SECRET);
  });

  it('fetches it on demand when this tablet has none, without counting a wrong attempt', async () => {
    const { store: here, code, lookupId } = await parkedDraft();
    const parked = await here.exportSealed(lookupId);

    useFreshIndexedDb();
    const clock = manualClock();
    const there = createDraftStore({ kdfIterations: FAST_KDF, now: clock.now });
    const fetchSealed = vi.fn(async (id: string): Promise<ParkedDraftLookup> => (id === lookupId ? { kind: 'parked', sealed: parked } : { kind: 'notFound' }));
    expect(await there.openWithCode(code, { fetchSealed })).toEqual({ ok: true, draft: makeDraft() });
    expect(fetchSealed).toHaveBeenCalledWith(lookupId);

    expect(await there.openWithCode(otherCode(code), { fetchSealed: async () => Promise.reject(new Error('offline')) })).toEqual({
      ok: false,
      reason: 'unreachable',
    });
    expect(await there.openWithCode(otherCode(code), { fetchSealed: async () => ({ kind: 'parked', sealed: { not: 'sealed' } }) })).toEqual({ ok: false, reason: 'damaged' });
    for (let i = 0; i < 4; i += 1) await there.openWithCode(otherCode(code), { fetchSealed });
    expect(await there.openWithCode(otherCode(code), { fetchSealed })).toEqual({ ok: false, reason: 'notFound' });
    expect(await there.openWithCode(code, { fetchSealed })).toMatchObject({ reason: 'tooManyAttempts' });
  });

  it('says a draft that the service got as an application was already sent, with its reference, also when this tablet has a copy, and counts no wrong attempt', async () => {
    const { store: here, code, lookupId } = await parkedDraft();
    const sent = async (id: string): Promise<ParkedDraftLookup> => (id === lookupId ? { kind: 'sent', reference: 'HV-2026-000042' } : { kind: 'notFound' });
    // This tablet still has its sealed copy, yet the service's word counts.
    for (let i = 0; i < RESUME_ATTEMPT_LIMIT.maxFailures + 1; i += 1) {
      expect(await here.openWithCode(code, { fetchSealed: sent })).toEqual({ ok: false, reason: 'alreadySent', reference: 'HV-2026-000042' });
    }
    expect(await here.get('draft-1')).toBeUndefined();
    // Offline, the copy here still opens: the service would refuse a second application from it.
    expect(await here.openWithCode(code, { fetchSealed: async () => Promise.reject(new Error('offline')) })).toEqual({ ok: true, draft: makeDraft() });
  });

  it('knows which parked draft an open draft came from: the one sealed here, or the one opened here with its code', async () => {
    const { store: here, code, lookupId } = await parkedDraft();
    expect(await here.parkedLookupId('draft-1')).toBe(lookupId);
    const parked = await here.exportSealed(lookupId);

    useFreshIndexedDb(); // the other tablet
    const there = createDraftStore({ kdfIterations: FAST_KDF });
    expect(await there.parkedLookupId('draft-1')).toBeUndefined();
    expect(await there.openWithCode(code, { fetchSealed: async () => ({ kind: 'parked', sealed: parked }) })).toEqual({ ok: true, draft: makeDraft() });
    expect(await there.parkedLookupId('draft-1')).toBe(lookupId);
    expect(await there.parkedLookupId('another-draft')).toBeUndefined();
  });

  it('refuses to import what is not a sealed draft', async () => {
    const store = createDraftStore({ kdfIterations: FAST_KDF });
    const lookupId = 'a'.repeat(64);
    expect(await store.importSealed(lookupId, { v: 1 })).toEqual({ ok: false, reason: 'damaged' });
    expect(await store.importSealed('not-an-id', { v: 1 })).toEqual({ ok: false, reason: 'damaged' });
    expect(await store.exportSealed(lookupId)).toBeUndefined();
  });
});
