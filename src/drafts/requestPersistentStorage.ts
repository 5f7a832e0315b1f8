/**
 * Asks the browser not to evict this origin's storage under pressure (docs/offline.md,
 * guarantee 7). Chromium decides silently (installed apps are granted); Firefox may ask the person,
 * so this runs after the first real save, not at start-up; Node and older browsers lack the API.
 * Resolves whether storage is persistent; never throws.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
