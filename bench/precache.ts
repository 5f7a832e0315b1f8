import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { compressedSize, type CompressedSize } from './compressedSize';

/** How long a first visit may take to install the service worker before we say there is none. */
const INSTALL_TIMEOUT_MS = 15_000;

export type PrecacheResult =
  | { readonly present: false }
  | {
      readonly present: true;
      /** Bytes of the cached responses' bodies, as Cache Storage holds them. */
      readonly cachedBytes: number;
      /** The same files from the build, compressed (what an update would transfer if the service compressed). */
      readonly build: CompressedSize;
      /** Cached URLs with no file in the build (counted in `cachedBytes` only). */
      readonly unmatched: readonly string[];
    };

/**
 * What the service worker keeps on the tablet, measured where it lives: a first visit to `/` in a
 * fresh Chromium context, then every response in every Cache Storage cache of the origin once
 * `navigator.serviceWorker.ready` resolved (Workbox fills the precache during install, before the
 * worker becomes active). Without a service worker (none registered within 15 s) `present: false`.
 */
export async function measurePrecache(browser: Browser, origin: string, appDir: string): Promise<PrecacheResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const cached = await page.evaluate(async (timeoutMs) => {
      if (!('serviceWorker' in navigator)) return undefined;
      const ready = await Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs))]);
      if (!ready) return undefined;
      const entries: { url: string; bytes: number }[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          entries.push({ url: request.url, bytes: response ? (await response.blob()).size : 0 });
        }
      }
      return entries;
    }, INSTALL_TIMEOUT_MS);
    if (!cached || cached.length === 0) return { present: false };

    const files: string[] = [];
    const unmatched: string[] = [];
    for (const { url } of cached) {
      // Workbox keys unhashed files with `?__WB_REVISION__=…`; the path is the file.
      const file = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
      if (file !== '' && existsSync(path.join(appDir, file))) files.push(file);
      else unmatched.push(url);
    }
    return { present: true, cachedBytes: cached.reduce((total, entry) => total + entry.bytes, 0), build: compressedSize(appDir, files), unmatched };
  } finally {
    await context.close();
  }
}
