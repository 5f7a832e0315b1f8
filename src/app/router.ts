import { useEffect, useState } from 'preact/hooks';
import { parseRoute, routePath, type Route } from './routes';

/** A history entry `navigate` has shown but not yet written (see `navigate`). */
interface HistoryWrite {
  readonly route: Route;
  readonly path: string;
  readonly replace: boolean;
}

/** In order; written together in the microtask after the navigations of one task. */
let unwritten: HistoryWrite[] = [];

/**
 * A history-API router small enough to read in one go. Every step is its own history entry, so
 * the browser's Back button walks back through the steps (a person's first instinct). The route
 * `navigate` went to counts as current at once, even before the address bar shows it.
 */
export function currentRoute(): Route {
  return unwritten.at(-1)?.route ?? parseRoute(location.pathname, location.search);
}

const listeners = new Set<(route: Route) => void>();
let navigated = false;

/** Whether the person has moved between pages of the app since it loaded. */
export function hasNavigatedInApp(): boolean {
  return navigated;
}

function notify(): void {
  navigated = true;
  const route = currentRoute();
  for (const listener of listeners) listener(route);
}

/**
 * Follows the browser's Back and Forward buttons (`popstate`); returns the function that stops.
 * Installed once by the composition root (`composeTablet.ts`), not on import.
 */
export function followHistory(page: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  page.addEventListener('popstate', notify);
  return () => page.removeEventListener('popstate', notify);
}

/**
 * Goes to a route; `replace` when the page left behind must not be returned to (after sending).
 * The new page renders first (Preact renders in a microtask queued by the listeners) and the
 * history is written in the microtask after it: `pushState` costs a slow tablet ~12 ms, which
 * would otherwise come before the new page's heading gets the focus a screen reader waits for
 * (WCAG 2.4.3). Both still happen before the browser's next task, so Back and Forward, and a
 * reload, find the entry as if it had been written at once.
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const first = unwritten.length === 0;
  unwritten.push({ route, path: routePath(route), replace: options.replace ?? false });
  notify();
  // Queued after the listeners, so after the render they queued; a navigation made while
  // rendering (a redirect) joins the writes already waiting.
  if (first) queueMicrotask(writeHistory);
}

function writeHistory(): void {
  const writes = unwritten;
  unwritten = [];
  for (const { path, replace } of writes) {
    if (replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    listeners.add(setRoute);
    // A child's effect may have navigated before this listener existed (a redirect on the very
    // first render runs before its parent's effects): catch up with the route as it is now.
    setRoute((shown) => {
      const now = currentRoute();
      return JSON.stringify(now) === JSON.stringify(shown) ? shown : now;
    });
    return () => void listeners.delete(setRoute);
  }, []);
  return route;
}
