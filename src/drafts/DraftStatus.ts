/**
 * What the screen says about saving, in a polite live region ("Opgeslagen om 14:32").
 *
 * - `idle`: nothing saved yet in this session.
 * - `saving`: a write is under way; `lastSavedAt` is when the one before it landed, so the screen
 *   keeps saying that instead of going blank at every write (a live region emptied and refilled
 *   may be read again).
 * - `saved`: the latest change is on the device; `at` is an ISO date-time.
 * - `filesMissing`: the answers of draft `draftId` were written, but files they point at (`refs`)
 *   are no longer on the device (the browser evicted its storage while the form was open): they
 *   must be added again, and nothing may say "saved" for them.
 * - `quotaExceeded`: the device is full; the version saved before is still there.
 * - `failed`: the write failed for another reason; the version saved before is still there.
 * - `unavailable`: IndexedDB cannot be used (e.g. private mode); answers live in memory only and
 *   are gone when the tab closes. Stays so for the life of the store.
 */
export type DraftStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly lastSavedAt?: string }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'filesMissing'; readonly draftId: string; readonly refs: readonly string[] }
  | { readonly kind: 'quotaExceeded' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'unavailable' };
