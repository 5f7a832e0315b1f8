import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { autosaver } from '../application';
import { createInactivityTimer, privacyTimeout } from '../privacy';
import { readAloud } from '../readAloud';
import { useTranslator } from './TranslatorContext';
import { useStore } from './useStore';

/** What counts as someone at the tablet. `scroll` does not bubble, hence the capture phase. */
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'scroll'] as const;

const timer = createInactivityTimer({
  ...privacyTimeout,
  // Nothing is lost: pending answers are written before they are covered; nobody is read to.
  beforeCover: async () => {
    readAloud.stop();
    await autosaver.flush();
  },
});

/**
 * The privacy clock's warning and cover (see `PrivacyCover`). After a quiet while
 * (`VITE_PRIVACY_TIMEOUT_MINUTES`) a warning asks "Bent u er nog?" with one button (WCAG 2.2.1:
 * time to react, one action to extend); then a screen covers the page, and `onCovered` tells the
 * page to hide itself (`covered` is whether it has). One button uncovers it. Mounted only on pages with something personal.
 */
export function PrivacyGuard({ covered, onCovered }: { covered: boolean; onCovered: (covered: boolean) => void }) {
  const translator = useTranslator();
  const state = useStore(timer.state);
  const dialog = useRef<HTMLDialogElement>(null);
  const coverHeading = useRef<HTMLHeadingElement>(null);
  // Where the person was, to go back there after the warning or the cover.
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onActivity = () => timer.activity();
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    timer.activity();
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      timer.stop();
      onCovered(false);
    };
  }, []);

  useLayoutEffect(() => {
    onCovered(state === 'covered');
    const element = dialog.current;
    if (state === 'warning') {
      if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) returnFocus.current = document.activeElement;
      // Modal, so a screen-reader user's focus lands on it and hears it (an alert dialog), and the button is the next thing.
      if (element && !element.open) element.showModal?.();
    } else if (element?.open) {
      element.close();
    }
    if (state === 'covered') coverHeading.current?.focus();
  }, [state]);
  // Back where the person was, once the page is shown again (the page hides and shows itself).
  useLayoutEffect(() => {
    if (!covered && state === 'active' && returnFocus.current?.isConnected) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [covered, state]);

  const seconds = Math.round(privacyTimeout.warnBeforeMs / 1000);
  return (
    <>
      <dialog
          ref={dialog}
          class="hv-privacy-warning"
          role="alertdialog"
          aria-labelledby="hv-privacy-warning-title"
          aria-describedby="hv-privacy-warning-text"
          // Escape is an answer too: the person is there.
          onCancel={(event) => {
            event.preventDefault();
            timer.resume();
          }}
        >
          <h2 class="utrecht-heading-2" id="hv-privacy-warning-title">
            {translator.t('privacy.warningTitle')}
          </h2>
          <p class="utrecht-paragraph" id="hv-privacy-warning-text">
            {translator.t('privacy.warning', { seconds })}
          </p>
          <button type="button" class="utrecht-button utrecht-button--primary-action hv-button" onClick={() => timer.resume()}>
            {translator.t('privacy.stillHere')}
          </button>
        </dialog>
      {state === 'covered' && (
        <main class="hv-privacy-cover">
          <h1 class="utrecht-heading-1" tabIndex={-1} ref={coverHeading}>
            {translator.t('privacy.coveredTitle')}
          </h1>
          <p class="utrecht-paragraph">{translator.t('privacy.covered')}</p>
          <button type="button" class="utrecht-button utrecht-button--primary-action hv-button" onClick={() => timer.resume()}>
            {translator.t('privacy.continue')}
          </button>
        </main>
      )}
    </>
  );
}
