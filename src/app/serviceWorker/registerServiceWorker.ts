import type { AppUpdate } from './createAppUpdate';

/**
 * How often an open app asks the server whether there is a new version: 1 hour, in ms. The
 * browser itself only checks when a page is loaded, and a tablet at the desk may keep one page
 * open all day (the wizard moves between steps without loading pages).
 */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (`/sw.js`, scope `/`) that keeps the app on the tablet for offline
 * use, and follows its updates. Does nothing where service workers are not available: development,
 * jsdom, or a page not served over HTTPS or from localhost (browsers allow them only there).
 * `appUpdate` is this page's (`Tablet.appUpdate`), which the update banner shows.
 */
export async function registerServiceWorker(appUpdate: AppUpdate): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  // Loaded after the first screen, which does not need it (see bench/budgets.json).
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox('/sw.js', { scope: '/' });
  appUpdate.watch(workbox);
  // A failed registration leaves the app working online, as without a service worker.
  await workbox.register().catch(() => undefined);
  setInterval(() => void workbox.update().catch(() => undefined), UPDATE_CHECK_INTERVAL_MS);
}
