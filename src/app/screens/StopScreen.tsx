import { useRef, useState } from 'preact/hooks';
import { applications, autosaver, draftStore } from '../../application';
import { resetPreferences } from '../../preferences';
import { Layout } from '../Layout';
import { municipality } from '../municipality';
import { usePageTitleAndFocus } from '../pageFocus';
import { RouteLink } from '../RouteLink';
import { useTranslator } from '../TranslatorContext';

/**
 * "Stoppen en wissen" at the end of a visit: the next person at this shared tablet finds nothing of
 * this one. Applications saved with a code stay (their owner has the code); receipts stay.
 */
export function StopScreen() {
  const translator = useTranslator();
  const heading = useRef<HTMLHeadingElement>(null);
  const [wiped, setWiped] = useState(false);
  usePageTitleAndFocus(`${translator.t(wiped ? 'stop.doneTitle' : 'stop.title')} – ${municipality.name}`, heading, wiped ? 'stop-done' : 'stop');

  const wipe = async () => {
    // No pending save may bring answers back after the wipe.
    await autosaver.cancel();
    await draftStore.wipeAll();
    applications.set({});
    // The next person starts in Dutch with normal text, whatever this visit chose.
    resetPreferences();
    setWiped(true);
  };

  return (
    <Layout back={wiped ? undefined : { name: 'start' }}>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={heading}>
        {translator.t(wiped ? 'stop.doneTitle' : 'stop.title')}
      </h1>
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
            <button type="button" class="utrecht-button utrecht-button--primary-action hv-button" onClick={() => void wipe()}>
              {translator.t('stop.confirm')}
            </button>
            <RouteLink to={{ name: 'start' }} class="utrecht-link hv-action-link">
              {translator.t('stop.cancel')}
            </RouteLink>
          </div>
        </>
      )}
    </Layout>
  );
}
