import { useRef, useState } from 'preact/hooks';
import { linkDevice, type Device } from '../../application';
import { readDeviceToken } from '../../intake';
import { Page, PageHeading } from '../Page';
import { useTablet } from '../TabletContext';
import { useTranslator } from '../TranslatorContext';
import { Button } from '../Button';

/**
 * Staff link this tablet to the intake service once, by opening the link the start command prints
 * (`/koppelen#token=…`: a fragment never reaches a server or its logs) or by pasting the code.
 */
export function LinkDevicePage() {
  const translator = useTranslator();
  const tablet = useTablet();
  const [outcome, setOutcome] = useState<'linked' | 'failed' | 'empty' | undefined>(() => linkFromFragment(tablet));
  const input = useRef<HTMLInputElement>(null);
  return (
    <Page title={translator.t('link.title')} pageKey="link">
      <PageHeading>
        {translator.t('link.title')}
      </PageHeading>
      <p class="utrecht-paragraph" role="status">
        {outcome === 'linked' ? translator.t('link.linked') : readDeviceToken() ? translator.t('link.alreadyLinked') : translator.t('link.intro')}
      </p>
      <form
        class="utrecht-form hv-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const token = input.current?.value.trim() ?? '';
          setOutcome(token === '' ? 'empty' : linkDevice(tablet, token) ? 'linked' : 'failed');
        }}
      >
        <div class={`utrecht-form-field hv-field${outcome === 'empty' || outcome === 'failed' ? ' utrecht-form-field--invalid' : ''}`}>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="device-token">
              {translator.t('link.tokenLabel')}
            </label>
          </div>
          {(outcome === 'empty' || outcome === 'failed') && (
            <p class="utrecht-form-field-error-message hv-error-message" id="device-token-error">
              <span class="hv-visually-hidden">{translator.t('error.prefix')}</span>{' '}
              {translator.t(outcome === 'empty' ? 'link.tokenEmpty' : 'link.storageRefused')}
            </p>
          )}
          <div class="utrecht-form-field__input">
            <input
              ref={input}
              id="device-token"
              class="utrecht-textbox utrecht-textbox--html-input hv-width-full"
              type="password"
              autoComplete="off"
              aria-invalid={outcome === 'empty' || outcome === 'failed' ? 'true' : undefined}
              aria-describedby={outcome === 'empty' || outcome === 'failed' ? 'device-token-error' : undefined}
            />
          </div>
        </div>
        <div class="hv-actions">
          <Button variant="primary" type="submit">
            {translator.t('link.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}

function linkFromFragment(device: Device): 'linked' | 'failed' | undefined {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (!token) return undefined;
  // Take the code out of the address bar at once, so it does not linger in history.
  history.replaceState(null, '', location.pathname);
  return linkDevice(device, token) ? 'linked' : 'failed';
}
