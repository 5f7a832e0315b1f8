import path from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';

/**
 * Debian's Chromium, as the browser tests drive it (`playwright.config.ts`); `CHROMIUM_PATH`
 * points at another one. Playwright's own browser download does not work here.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser tests' flags: they keep Chromium off the (closed) network, so no background fetch,
 * component update or QUIC probe runs during a measurement.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * CPU slowdown for the interaction figures, through CDP `Emulation.setCPUThrottlingRate`: a
 * cheap tablet is several times slower than the machine the bench runs on; 4× is Lighthouse's
 * own mobile setting, so the figures compare with its TBT.
 */
export const CPU_THROTTLING_RATE = 4;

/** Room a headless window gives the browser's own, unseen, interface (CSS px). */
export interface WindowInsets {
  readonly width: number;
  readonly height: number;
}

/**
 * Debian's Chromium has only the "new" headless mode: the whole browser, tab strip and toolbar
 * included, just not shown (87 px high on Chromium 156). Playwright sizes a headless window to the
 * viewport and leaves room for that interface only when headful, so an emulated 768×1024 viewport
 * gets a window whose page area is 87 px short. Chromium renders what changes in that bottom strip
 * but never presents it (the display compositor finds no damage it can show: "Draw skipped" in a
 * trace), and Event Timing, which ends at the presentation, waits until something visible changes.
 * That was the bench's 928 ms keystroke: the place box, lowest on the address step, 0.5–1 s per key
 * while its next frame came after 40 ms. This measures the interface's room once, in a window
 * without emulation, where it is simply how much larger the window is than its page.
 */
export async function measureWindowInsets(browser: Browser): Promise<WindowInsets> {
  const context = await browser.newContext({ viewport: null });
  try {
    const page = await context.newPage();
    return await page.evaluate(() => ({ width: window.outerWidth - window.innerWidth, height: window.outerHeight - window.innerHeight }));
  } finally {
    await context.close();
  }
}

/**
 * Grows the page's window by `insets` (see `measureWindowInsets`), so the whole emulated viewport
 * is on the (unseen) screen, as the whole screen of a tablet is. Playwright sets the window's size
 * again only when the viewport changes, so call it after that.
 */
export async function showWholeViewport(page: Page, cdp: CDPSession, insets: WindowInsets): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) return;
  const { windowId } = await cdp.send('Browser.getWindowForTarget');
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: viewport.width + insets.width, height: viewport.height + insets.height } });
}

/**
 * `BENCH_TRACE=1`: where the interaction walk and the offline start write their Chromium
 * performance traces, to open in DevTools' Performance panel or Perfetto; undefined when off.
 * Tracing slows the page itself: the offline start traces one extra, uncounted run per address,
 * and the interaction walk's figures of a traced run read high.
 */
export const TRACE_DIR = process.env.BENCH_TRACE === '1' ? path.resolve('bench/results/traces') : undefined;

/**
 * Playwright's default trace categories (timeline, JS samples), V8's (which name garbage
 * collections), input latency for the keystrokes, and loading and the service worker's side for
 * the cold start.
 */
export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'toplevel',
  'loading',
  'blink.user_timing',
  'latencyInfo',
  'ServiceWorker',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
] as const;
