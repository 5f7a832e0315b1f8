import { useEffect, useRef, useState } from 'preact/hooks';
import { applications } from '../../application';
import { resetPreferences } from '../../preferences';
import { Page, PageHeading } from '../Page';
import { RouteLink } from '../RouteLink';
import { useTranslator } from '../TranslatorContext';
import { useTablet } from '../TabletContext';
import { Button } from '../Button';

/**
 * "Stoppen en wissen" at the end of a visit: the next person at this shared tablet finds nothing of
 * this one. Applications saved with a code stay (their owner has the code); receipts stay. The
 * language and display choices go back to the start only when the person leaves the page that says
 * everything is erased (or the page is closed or reloaded): that page is still theirs, so it speaks
 * their language at their text size.
 */
export function StopScreen() {
  const { autosaver, draftStore } = useTablet();
  const translator = useTranslator();
  const heading = useRef<HTMLHeadingElement>(null);
  const [wiped, setWiped] = useState(false);

  const wipe = async () => {
    // No pending save may bring answers back after the wipe.
    await autosaver.cancel();
    await draftStore.wipeAll();
    applications.set({});
    setWiped(true);
  };
  // The next person starts in Dutch with normal text, whatever this visit chose.
  useEffect(() => {
    if (!wiped) return undefined;
    // The button pressed is gone: focus goes to what happened, also when the page was opened directly.
    heading.current?.focus();
    addEventListener('pagehide', resetPreferences);
    return () => {
      removeEventListener('pagehide', resetPreferences);
      resetPreferences();
    };
  }, [wiped]);

  return (
    <Page title={translator.t(wiped ? 'stop.doneTitle' : 'stop.title')} pageKey={wiped ? 'stop-done' : 'stop'} back={wiped ? undefined : { name: 'start' }} headingRef={heading}>
      <PageHeading>
        {translator.t(wiped ? 'stop.doneTitle' : 'stop.title')}
      </PageHeading>
      {wiped ? (
        <>
          <p class="utrecht-paragraph">{translator.t('stop.done')}</p>
          <p class="utrecht-paragraph">
            <RouteLink to={{ name: 'start' }}>{translator.t('stop.toStart')}</RouteLink>
          </p>
        </>
      ) : (
        <>
          <p class="utrecht-paragraph">{translator.t('stop.explain')}</p>
          <p class="utrecht-paragraph">{translator.t('stop.codesStay')}</p>
          <div class="hv-actions">
            <Button variant="primary" onClick={() => void wipe()}>
              {translator.t('stop.confirm')}
            </Button>
            <RouteLink to={{ name: 'start' }} class="utrecht-link hv-action-link">
              {translator.t('stop.cancel')}
            </RouteLink>
          </div>
        </>
      )}
    </Page>
  );
}
