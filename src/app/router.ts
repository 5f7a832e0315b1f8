import { useEffect, useState } from 'preact/hooks';
import { parseRoute, routePath, type Route } from './routes';

/**
 * A history-API router small enough to read in one go. Every step is its own history entry, so
 * the browser's Back button walks back through the steps (a person's first instinct).
 */
export function currentRoute(): Route {
  return parseRoute(location.pathname, location.search);
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

/** Goes to a route; `replace` when the page left behind must not be returned to (after sending). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const path = routePath(route);
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  notify();
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    listeners.add(setRoute);
    // A child's effect may have navigated before this listener existed (a redirect on the very
    // first render runs before its parent's effects): catch up with the address as it is now.
    setRoute((shown) => {
      const now = currentRoute();
      return JSON.stringify(now) === JSON.stringify(shown) ? shown : now;
    });
    return () => void listeners.delete(setRoute);
  }, []);
  return route;
}
