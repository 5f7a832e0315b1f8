/** Longest wait for the first paint, in ms: a page that paints nothing still gets its work done. */
const LIMIT_MS = 2000;

/**
 * Resolves once the page's first contentful paint has been presented (Paint Timing), for work that
 * must not compete with what the person first sees. Neither `requestIdleCallback` nor a frame
 * callback is such a promise: Chromium may find the page idle before its first frame, and a frame
 * is presented some time after its callbacks ran. A hidden page paints nothing, so there it
 * resolves at once, or as soon as the page is hidden; and at the latest after 2 s.
 */
export function afterFirstPaint(page: Window & typeof globalThis = window): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    if (page.document.visibilityState === 'hidden') return done();
    page.document.addEventListener('visibilitychange', done, { once: true });
    page.setTimeout(done, LIMIT_MS);
    if (!page.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return;
    new page.PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      done();
    }).observe({ type: 'paint', buffered: true });
  });
}
