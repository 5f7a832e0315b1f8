/**
 * What the screen says about saving, in a polite live region ("Opgeslagen om 14:32").
 *
 * - `idle`: nothing saved yet in this session.
 * - `saving`: a write is under way.
 * - `saved`: the latest change is on the device; `at` is an ISO date-time.
 * - `quotaExceeded`: the device is full; the version saved before is still there.
 * - `failed`: the write failed for another reason; the version saved before is still there.
 * - `unavailable`: IndexedDB cannot be used (e.g. private mode); answers live in memory only and
 *   are gone when the tab closes. Stays so for the life of the store.
 */
export type DraftStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'quotaExceeded' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'unavailable' };
