import type { Autosaver } from './autosaver';

type LifecycleEvent = 'visibilitychange' | 'pagehide' | 'focusout';

/** The parts of `window` the page lifecycle needs; a test can pass an `EventTarget` with a `document`. */
export interface PageLifecycleTarget {
  addEventListener(type: LifecycleEvent, listener: () => void): void;
  removeEventListener(type: LifecycleEvent, listener: () => void): void;
  readonly document: { readonly visibilityState: DocumentVisibilityState };
}

/**
 * Writes pending answers when the page may be about to go: on `visibilitychange` to hidden (the last
 * event a mobile browser reliably fires before it freezes or kills a background tab) and on
 * `pagehide` (navigation and the back/forward cache, where older Safari fired no visibilitychange).
 * See https://developer.chrome.com/docs/web-platform/page-lifecycle-api. `beforeunload`/`unload`
 * are not used: unreliable on mobile and they keep a page out of the back/forward cache.
 * Also when focus leaves a field (`focusout`, which bubbles to the window): an answer is complete
 * then, and a tab closed right after loses nothing to the autosave's half-second wait.
 * Returns the function that removes the listeners.
 */
export function attachPageLifecycle(autosaver: Autosaver, target: PageLifecycleTarget = window): () => void {
  const onVisibilityChange = () => {
    if (target.document.visibilityState === 'hidden') void autosaver.flush();
  };
  const writeNow = () => void autosaver.flush();
  target.addEventListener('visibilitychange', onVisibilityChange);
  target.addEventListener('pagehide', writeNow);
  target.addEventListener('focusout', writeNow);
  return () => {
    target.removeEventListener('focusout', writeNow);
    target.removeEventListener('visibilitychange', onVisibilityChange);
    target.removeEventListener('pagehide', writeNow);
  };
}
