/** The Background Sync tag the outbox registers and the service worker answers (`src/sw/sw.ts`). */
export const OUTBOX_SYNC_TAG = 'hulploket-outbox';

/** Background Sync's `registration.sync`; not in TypeScript's DOM library (Chromium only so far). */
interface SyncManager {
  register(tag: string): Promise<void>;
}

/**
 * Asks the browser to wake the service worker with a `sync` event once the network is back, so the
 * outbox is delivered even if every tab of the app was closed in the meantime (Chromium; Safari and
 * Firefox lack Background Sync, where the outbox's own retries remain the mechanism:
 * docs/offline.md, guarantee 4). Does nothing without a service worker; never rejects.
 */
export async function requestBackgroundSync(): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.getRegistration();
    const sync = (registration as { readonly sync?: SyncManager } | undefined)?.sync;
    await sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // Refused (e.g. the permission is blocked): the outbox's own retries still run.
  }
}
