/// <reference lib="webworker" />
/**
 * The service worker at `/sw.js` (scope `/`): keeps the app on the tablet so it starts and works
 * without a network after the first visit (docs/offline.md). Built by the `serviceWorker` plugin
 * in vite.config.ts, which puts the list of built files in place of `self.__WB_MANIFEST`.
 *
 * It also delivers the outbox when the browser fires a Background Sync (`sync`) after the network
 * came back, so an application sent offline goes even if the tablet's tabs were closed since.
 *
 * This file is the service worker's composition root: the one module of its bundle that does
 * anything when loaded (it makes the outbox delivery and installs the listeners).
 *
 * What it deliberately does not do:
 * - cache the intake API (applications, parked drafts, address lookups): `/api/` has no route here, so
 *   those requests go to the network untouched
 *   (answers are kept in IndexedDB, never in a cache);
 * - take over by itself: a new version waits until the person agrees in the app (the page sends
 *   `SKIP_WAITING` after saving) or until every tab of the app is closed (docs/offline.md, guarantee 6).
 */
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { OUTBOX_SYNC_TAG } from '../outbox';
import { createOutboxDelivery } from './createOutboxDelivery';
import { serveWithoutStarting } from './serveWithoutStarting';

declare const self: ServiceWorkerGlobalScope & { readonly __WB_MANIFEST: readonly PrecacheEntry[] };

/** Background Sync's event; not in TypeScript's webworker library (Chromium only so far). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/** The page every app address shows. */
const APP_SHELL = '/index.html';

// The app shell, scripts, styles, icons, web app manifest and every language's texts. Installed and
// activated by `serveWithoutStarting`, which also lets the browser answer the start screen and the
// hashed assets from the cache without starting this worker.
const precache = new PrecacheController();
precache.addToCacheList([...self.__WB_MANIFEST]);
serveWithoutStarting(self, precache, APP_SHELL);
registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();

// The wizard routes with the history API: every app address (`/aanvraag/<permit>/stap/<step>`) is
// index.html, as the server answers online. Never for the API, not even a link opened to it.
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL(APP_SHELL), { denylist: [/^\/api\//] }));

// The message workbox-window's `messageSkipWaiting()` sends when the person pressed "Nu bijwerken".
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// On the very first visit, control the open page at once: its screens load their code later
// (lazy chunks), and those must come from the cache if the network goes before the next reload.
// `claim()` only takes pages no service worker controls yet; a later version reaches open pages
// only after SKIP_WAITING or once none of them is left.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// A page registered this when a send found no network (`requestBackgroundSync`).
const deliverOutbox = createOutboxDelivery();
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === OUTBOX_SYNC_TAG) sync.waitUntil(deliverOutbox());
});
