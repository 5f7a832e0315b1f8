import { deriveAesGcmKey, fromBase64, PBKDF2_ITERATIONS, toBase64 } from '../crypto';
import type { Draft, DraftAttachment, SealedDraft } from '../deviceDatabase';
import { isSealedDraft, SEALED_DRAFT_SIZES } from './isSealedDraft';
import type { ResumeCode } from './resumeCode';
import { packDraft, unpackDraft } from './sealedContent';

export interface SealOptions {
  /** The draft's files, sealed with it; each must belong to the draft. Default none. */
  readonly attachments?: readonly DraftAttachment[];
  /**
   * PBKDF2 iterations; default `PBKDF2_ITERATIONS`. Lower only in tests that are not about the key
   * derivation, for speed. The count is kept in the record, so opening needs no option.
   */
  readonly iterations?: number;
}

export type OpenSealedResult =
  | { readonly ok: true; readonly draft: Draft; readonly attachments: readonly DraftAttachment[] }
  /**
   * - `wrongCode`: the AES-GCM check failed. A wrong code and a changed ciphertext cannot be told
   *   apart (both are a failed tag check), so the screen asks to check the code.
   * - `damaged`: the record is not a sealed draft of a version this app can read.
   */
  | { readonly ok: false; readonly reason: 'wrongCode' | 'damaged' };

/** Binds the ciphertext to its purpose, so it cannot pass for another kind of sealed record. */
const ADDITIONAL_DATA = new TextEncoder().encode('hulploket-sealed-draft-v1');

/**
 * Encrypts a draft (and its files) with AES-GCM-256 under a key derived from the resume code with
 * PBKDF2-SHA-256, a fresh 16-byte salt and a fresh 12-byte IV every time.
 */
export async function sealDraft(draft: Draft, code: ResumeCode, options: SealOptions = {}): Promise<SealedDraft> {
  const attachments = options.attachments ?? [];
  if (attachments.some((attachment) => attachment.draftId !== draft.id)) throw new RangeError('An attachment of another draft cannot be sealed with this one.');
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const salt = crypto.getRandomValues(new Uint8Array(SEALED_DRAFT_SIZES.saltBytes));
  const iv = crypto.getRandomValues(new Uint8Array(SEALED_DRAFT_SIZES.ivBytes));
  const key = await deriveAesGcmKey(code, salt, iterations);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: ADDITIONAL_DATA },
    key,
    await packDraft(draft, attachments),
  );
  return { v: 1, salt: toBase64(salt), iv: toBase64(iv), iterations, ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** Decrypts a sealed draft with its code; never throws. */
export async function openSealedDraft(sealed: unknown, code: ResumeCode): Promise<OpenSealedResult> {
  if (!isSealedDraft(sealed)) return { ok: false, reason: 'damaged' };
  const key = await deriveAesGcmKey(code, fromBase64(sealed.salt), sealed.iterations);
  let content: ArrayBuffer;
  try {
    content = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: ADDITIONAL_DATA },
      key,
      fromBase64(sealed.ciphertext),
    );
  } catch {
    return { ok: false, reason: 'wrongCode' };
  }
  const opened = unpackDraft(new Uint8Array(content));
  return opened ? { ok: true, ...opened } : { ok: false, reason: 'damaged' };
}
