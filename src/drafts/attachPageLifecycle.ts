import type { Autosaver } from './autosaver';

/** The parts of `window` the page lifecycle needs; a test can pass an `EventTarget` with a `document`. */
export interface PageLifecycleTarget {
  addEventListener(type: 'visibilitychange' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'visibilitychange' | 'pagehide', listener: () => void): void;
  readonly document: { readonly visibilityState: DocumentVisibilityState };
}

/**
 * Writes pending answers when the page may be about to go: on `visibilitychange` to hidden (the last
 * event a mobile browser reliably fires before it freezes or kills a background tab) and on
 * `pagehide` (navigation and the back/forward cache, where older Safari fired no visibilitychange).
 * See https://developer.chrome.com/docs/web-platform/page-lifecycle-api. `beforeunload`/`unload`
 * are not used: unreliable on mobile and they keep a page out of the back/forward cache.
 * Returns the function that removes the listeners.
 */
export function attachPageLifecycle(autosaver: Autosaver, target: PageLifecycleTarget = window): () => void {
  const onVisibilityChange = () => {
    if (target.document.visibilityState === 'hidden') void autosaver.flush();
  };
  const onPageHide = () => void autosaver.flush();
  target.addEventListener('visibilitychange', onVisibilityChange);
  target.addEventListener('pagehide', onPageHide);
  return () => {
    target.removeEventListener('visibilitychange', onVisibilityChange);
    target.removeEventListener('pagehide', onPageHide);
  };
}
