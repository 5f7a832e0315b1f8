import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { createInactivityTimer, privacyTimeout } from '../privacy';
import { useTablet } from './TabletContext';
import { useTranslator } from './TranslatorContext';
import { useStore } from './useStore';
import { Button } from './Button';

/**
 * What counts as someone at the tablet. Besides touches and keys: focus moving, the page scrolling
 * and the selection changing, which is all a screen-reader user reading in browse mode may cause
 * (its arrow keys never reach the page). `scroll` and `focus` do not bubble, hence the capture phase.
 */
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'scroll', 'focusin', 'selectionchange'] as const;
/**
 * While nothing is shown, the clock starts over at most once in this many ms. Each start clears
 * and sets two timers, and one keystroke brings three or four of these events; taking only the
 * first of a second makes the warning come at most this much early, never late.
 */
const RESTART_AT_MOST_EVERY_MS = 1000;

/**
 * The privacy clock's warning and cover (see `PrivacyCover`). After a quiet while
 * (`VITE_PRIVACY_TIMEOUT_MINUTES`) a warning asks "Bent u er nog?" with one button, and any touch
 * or key ends it too (WCAG 2.2.1: time to react, one action to extend). The warning takes neither
 * focus nor the page: it is said in a polite live region and shown at the bottom of the screen,
 * so a screen-reader user is not interrupted in the middle of reading (WCAG 4.1.3). Then a
 * screen covers the page, and `onCovered` tells the page to hide itself (`covered` is whether it
 * has). One button uncovers it, and focus goes back where it was. Mounted only on pages with something personal.
 */
export function PrivacyGuard({ covered, onCovered }: { covered: boolean; onCovered: (covered: boolean) => void }) {
  const translator = useTranslator();
  const { autosaver, readAloud } = useTablet();
  const [timer] = useState(() =>
    createInactivityTimer({
      ...privacyTimeout,
      // Nothing is lost: pending answers are written before they are covered; nobody is read to.
      beforeCover: async () => {
        readAloud.loaded()?.stop();
        await autosaver.flush();
      },
    }),
  );
  const state = useStore(timer.state);
  const coverHeading = useRef<HTMLHeadingElement>(null);
  // Where the person was, to go back there after the cover.
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    // performance.now(), not the event's timeStamp: a test's installed clock moves it too.
    let restartedAt = Number.NEGATIVE_INFINITY;
    const onActivity = () => {
      const now = performance.now();
      if (timer.state.get() === 'active' && now - restartedAt < RESTART_AT_MOST_EVERY_MS) return;
      restartedAt = now;
      timer.activity();
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    onActivity();
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      timer.stop();
      onCovered(false);
    };
  }, []);

  useLayoutEffect(() => {
    onCovered(state === 'covered');
    if (state !== 'covered') return;
    if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) returnFocus.current = document.activeElement;
    // The page is hidden now: focus would be nowhere, so it goes to what covers it.
    coverHeading.current?.focus();
  }, [state]);
  // Back where the person was, once the page is shown again (the page hides and shows itself).
  useLayoutEffect(() => {
    if (!covered && state === 'active' && returnFocus.current?.isConnected) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [covered, state]);

  const seconds = Math.round(privacyTimeout.warnBeforeMs / 1000);
  const warning = `${translator.t('privacy.warningTitle')} ${translator.t('privacy.warning', { seconds })}`;
  return (
    <>
      <p class="hv-visually-hidden" role="status">
        {state === 'warning' ? warning : ''}
      </p>
      {state === 'warning' && (
        <section class="hv-privacy-warning" aria-labelledby="hv-privacy-warning-title">
          <h2 class="utrecht-heading-2" id="hv-privacy-warning-title">
            {translator.t('privacy.warningTitle')}
          </h2>
          <p class="utrecht-paragraph">{translator.t('privacy.warning', { seconds })}</p>
          <Button variant="primary" onClick={() => timer.resume()}>
            {translator.t('privacy.stillHere')}
          </Button>
        </section>
      )}
      {state === 'covered' && (
        <main class="hv-privacy-cover">
          <h1 class="utrecht-heading-1" tabIndex={-1} ref={coverHeading}>
            {translator.t('privacy.coveredTitle')}
          </h1>
          <p class="utrecht-paragraph">{translator.t('privacy.covered')}</p>
          <Button variant="primary" onClick={() => timer.resume()}>
            {translator.t('privacy.continue')}
          </Button>
        </main>
      )}
    </>
  );
}
