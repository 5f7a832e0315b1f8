import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS } from '../../../src/crypto';
import {
  createResumeCode,
  lookupIdFor,
  openSealedDraft,
  sealDraft,
  type DraftAttachment,
  type SealedDraft,
} from '../../../src/drafts';
import { FAST_KDF, SECRET, makeDraft } from './draftFixtures';

const fast = { iterations: FAST_KDF };

/** The record with one bit of a base64 field flipped. */
function flipBit(sealed: SealedDraft, field: 'ciphertext' | 'iv' | 'salt', byte = 0): SealedDraft {
  const bytes = Uint8Array.from(atob(sealed[field]), (char) => char.charCodeAt(0));
  bytes[byte] = (bytes[byte] ?? 0) ^ 1;
  return { ...sealed, [field]: btoa(String.fromCharCode(...bytes)) };
}

describe('sealing a draft with its resume code', () => {
  it(`round-trips with the real ${PBKDF2_ITERATIONS.toLocaleString('en')} PBKDF2 iterations`, async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const code = createResumeCode();
    const started = performance.now();
    const sealed = await sealDraft(makeDraft(), code);
    const sealedIn = performance.now() - started;
    const opened = await openSealedDraft(sealed, code);
    console.info(`PBKDF2 ${PBKDF2_ITERATIONS} iterations: seal ${sealedIn.toFixed(0)} ms, seal + open ${(performance.now() - started).toFixed(0)} ms`);

    expect(sealed.iterations).toBe(PBKDF2_ITERATIONS);
    expect(opened).toEqual({ ok: true, draft: makeDraft(), attachments: [] });
  });

  it('keeps no answer readable, and uses a fresh salt and IV every time', async () => {
    const code = createResumeCode();
    const first = await sealDraft(makeDraft(), code, fast);
    const second = await sealDraft(makeDraft(), code, fast);

    expect(Object.keys(first).sort()).toEqual(['ciphertext', 'iterations', 'iv', 'salt', 'v']);
    expect(first.v).toBe(1);
    expect(atob(first.salt)).toHaveLength(16);
    expect(atob(first.iv)).toHaveLength(12);
    expect(JSON.stringify(first)).not.toContain(SECRET);
    expect(atob(first.ciphertext)).not.toContain(SECRET);
    expect(second.salt).not.toBe(first.salt);
    expect(second.iv).not.toBe(first.iv);
    expect(second.ciphertext).not.toBe(first.ciphertext);
  });

  it('seals the files with the draft', async () => {
    const code = createResumeCode();
    const attachment: DraftAttachment = {
      key: 'draft-1/certificate/0',
      draftId: 'draft-1',
      questionId: 'certificate',
      n: 0,
      name: 'verklaring.pdf',
      type: 'application/pdf',
      size: SECRET.length,
      storedAt: '2026-11-29T09:10:00.000Z',
      blob: new Blob([SECRET], { type: 'application/pdf' }),
    };
    const sealed = await sealDraft(makeDraft(), code, { ...fast, attachments: [attachment] });
    expect(atob(sealed.ciphertext)).not.toContain(SECRET);

    const opened = await openSealedDraft(sealed, code);
    if (!opened.ok) throw new Error(opened.reason);
    const [file] = opened.attachments;
    expect(file).toMatchObject({ ...attachment, blob: expect.any(Blob) });
    expect(await file?.blob.text()).toBe(SECRET);
    expect(file?.blob.type).toBe('application/pdf');
  });

  it('does not open with another code', async () => {
    const sealed = await sealDraft(makeDraft(), createResumeCode(), fast);
    expect(await openSealedDraft(sealed, createResumeCode())).toEqual({ ok: false, reason: 'wrongCode' });
  });

  it('detects a changed ciphertext, IV, salt or iteration count (indistinguishable from a wrong code)', async () => {
    const code = createResumeCode();
    const sealed = await sealDraft(makeDraft(), code, fast);
    const last = atob(sealed.ciphertext).length - 1;
    for (const changed of [
      flipBit(sealed, 'ciphertext', 0),
      flipBit(sealed, 'ciphertext', last),
      flipBit(sealed, 'iv'),
      flipBit(sealed, 'salt'),
      { ...sealed, iterations: FAST_KDF + 1 },
    ]) {
      expect(await openSealedDraft(changed, code)).toEqual({ ok: false, reason: 'wrongCode' });
    }
    expect(await openSealedDraft(sealed, code)).toMatchObject({ ok: true });
  });

  it('calls a record that is not a sealed draft damaged, whatever the code', async () => {
    const code = createResumeCode();
    const sealed = await sealDraft(makeDraft(), code, fast);
    for (const broken of [
      null,
      'text',
      { ...sealed, v: 2 },
      { ...sealed, salt: 'AAAA' },
      { ...sealed, iv: '%%%%' },
      { ...sealed, ciphertext: '' },
      { ...sealed, iterations: 0 },
      { ...sealed, iterations: 1e9 },
      { ...sealed, iterations: '1000' },
    ]) {
      expect(await openSealedDraft(broken, code)).toEqual({ ok: false, reason: 'damaged' });
    }
  });
});

describe('the lookup id of a code', () => {
  it('is 64 hex characters, the same for the same code, different for another', async () => {
    const code = createResumeCode();
    const id = await lookupIdFor(code, fast);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(await lookupIdFor(code, fast)).toBe(id);
    expect(await lookupIdFor(createResumeCode(), fast)).not.toBe(id);
  });

  it('does not contain the code, and depends on the iteration count (all tablets must use the default)', async () => {
    const code = createResumeCode();
    const id = await lookupIdFor(code, fast);
    expect(id.toUpperCase()).not.toContain(code);
    expect(await lookupIdFor(code, { iterations: FAST_KDF + 1 })).not.toBe(id);
  });
});
