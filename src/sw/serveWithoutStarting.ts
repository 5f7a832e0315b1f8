/// <reference lib="webworker" />
import type { PrecacheController } from 'workbox-precaching';

/**
 * A rule of the Static Routing API (https://w3c.github.io/ServiceWorker/#dictdef-routerrule):
 * requests that match `condition` are answered by the browser from `source`, without the worker's
 * JavaScript. Not yet in TypeScript's webworker library.
 */
interface RouterRule {
  readonly condition: { readonly urlPattern: { readonly pathname: string; readonly search?: string }; readonly requestMode?: RequestMode };
  readonly source: { readonly cacheName: string };
}

/** The install event where the browser has the Static Routing API (Chromium 123 and later). */
interface RoutingInstallEvent extends ExtendableEvent {
  addRoutes(rules: readonly RouterRule[]): Promise<void>;
}

/** Where the code, styles, fonts and the hashed manifest are: every file there has its content hash in its name. */
const HASHED_ASSETS = '/assets/*';
/** The one address whose navigation the browser answers by itself: the start screen, as opened from the home screen. */
const START = '/';
/** Caches of the app shell under `START`, one per version of the shell (`…-<revision>`). */
const SHELL_CACHE_PREFIX = 'hulploket-app-shell-';

/**
 * Installs and activates the precache (`precache`, with `appShell`, the page every app address
 * shows, among its files) and, where the browser can, lets it answer the start screen's navigation
 * and every hashed asset straight from the cache (the Static Routing API, `addRoutes`): a cold start
 * then need not wait for the service worker to start and run its script, only for the cache. The
 * worker's fetch handler still answers everything else (other app addresses, icons, the manifest),
 * and answers as before in a browser without the API.
 *
 * Why this stays correct:
 * - Offline: both routes name a cache filled before the version installs, and a hashed asset is
 *   precached under its plain address (it needs no revision). An address missing from the cache
 *   goes to the network, as the fetch handler does for a file it does not keep.
 * - Updates: routes belong to the version that added them, and each version's start screen is the
 *   copy in a cache named after that version of the shell, so the old version keeps serving its
 *   own shell while a new one waits (docs/offline.md, guarantee 6); the new version deletes the
 *   other copies once it is active. Hashed assets of both versions stay in the precache until then.
 */
export function serveWithoutStarting(scope: ServiceWorkerGlobalScope, precache: PrecacheController, appShell: string): void {
  const shellCache = shellCacheName(precache, appShell);
  scope.addEventListener('install', (event) => {
    const routed = addRoutesIfSupported(event, [
      { condition: { urlPattern: { pathname: START, search: '' }, requestMode: 'navigate' }, source: { cacheName: shellCache } },
      { condition: { urlPattern: { pathname: HASHED_ASSETS } }, source: { cacheName: precache.strategy.cacheName } },
    ]);
    event.waitUntil(
      Promise.all([precache.install(event), routed]).then(async ([, added]) => {
        if (added) await keepShellAtStart(scope, precache, appShell, shellCache);
      }),
    );
  });
  scope.addEventListener('activate', (event) => event.waitUntil(precache.activate(event).then(() => deleteOtherShells(scope, shellCache))));
}

/** Whether the browser took the rules; false where it has no Static Routing API or refuses one of them. */
function addRoutesIfSupported(event: ExtendableEvent, rules: readonly RouterRule[]): Promise<boolean> {
  if (!('addRoutes' in event)) return Promise.resolve(false);
  try {
    return (event as RoutingInstallEvent).addRoutes(rules).then(
      () => true,
      () => false,
    );
  } catch {
    // A browser that knows the API but not a source by cache name (before Chromium 131) throws a TypeError.
    return Promise.resolve(false);
  }
}

/** The shell cache of this version: named after the shell's precache revision, so a changed shell gets a cache of its own. */
function shellCacheName(precache: PrecacheController, appShell: string): string {
  const cacheKey = precache.getCacheKeyForURL(appShell);
  if (!cacheKey) throw new Error(`${appShell} must be precached`);
  const revision = new URL(cacheKey).searchParams.get('__WB_REVISION__');
  return `${SHELL_CACHE_PREFIX}${revision ?? 'unversioned'}`;
}

/** A copy of the precached shell under the start address, where the start screen's route looks for it. */
async function keepShellAtStart(scope: ServiceWorkerGlobalScope, precache: PrecacheController, appShell: string, shellCache: string): Promise<void> {
  const shell = await precache.matchPrecache(appShell);
  if (!shell) throw new Error(`${appShell} is not in the precache`);
  // A new response: the copy carries the shell's body and headers, not the address it was fetched from.
  const copy = new Response(await shell.blob(), { status: shell.status, statusText: shell.statusText, headers: shell.headers });
  await (await scope.caches.open(shellCache)).put(new URL(START, scope.registration.scope).href, copy);
}

async function deleteOtherShells(scope: ServiceWorkerGlobalScope, shellCache: string): Promise<void> {
  const names = await scope.caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== shellCache).map((name) => scope.caches.delete(name)));
}
