import { useRef, useState } from 'preact/hooks';
import { applications, giveConsent } from '../../application';
import { onBehalfStep } from '../../definitions';
import { fieldIds } from '../../fields';
import type { ContactChannel } from '../../intake';
import { signedInStaff } from '../../staff';
import { CONTACT_CHANNELS, textKeys, type PermitDefinition } from '../../wizard';
import { ErrorSummary } from '../ErrorSummary';
import { Page, PageHeading } from '../Page';
import { municipality } from '../municipality';
import { navigate } from '../router';
import { RouteLink } from '../RouteLink';
import { useStore } from '../useStore';
import { useTranslator } from '../TranslatorContext';
import { Button } from '../Button';

/** The field of the channel choice, for the error summary's link and the inline message. */
const CHANNEL_FIELD = 'consentContactChannel';

/**
 * Before the first question: what happens with the answers, that an employee helps, and how the
 * person wants to hear from us (Awb duty of care; the charter's "no surprises"). "Ja" records the
 * consent with its time; "Nee" explains the paper route and the counter, and nothing of the
 * person stays on the tablet (the wizard keeps no answer without consent).
 */
export function ConsentScreen({ permit }: { permit: PermitDefinition }) {
  const translator = useTranslator();
  const staff = useStore(signedInStaff);
  const summary = useRef<HTMLDivElement>(null);
  const [channel, setChannel] = useState<ContactChannel | undefined>();
  const [missing, setMissing] = useState(false);
  const [declined, setDeclined] = useState(false);
  const permitTitle = translator.t(textKeys.permitTitle(permit));
  const pageTitle = translator.t(declined ? 'consent.declined.title' : 'consent.title');
  // The message stays until a channel is chosen, not until the next press of "Ja".
  const error = missing && !channel && !declined ? translator.t('consent.channel.error') : undefined;

  const accept = (event: Event) => {
    event.preventDefault();
    if (!channel) {
      setMissing(true);
      // After the render that shows it (WCAG 3.3.1: the summary is where focus goes on an error).
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    giveConsent(permit.id, channel, permit.contactChannelQuestion);
    navigate({ name: 'step', permitId: permit.id, stepId: onBehalfStep.id, fromCheck: false }, { replace: true });
  };

  const decline = () => {
    // The application never held an answer (none is kept before consent): forget that it began.
    const { [permit.id]: _forgotten, ...others } = applications.get();
    applications.set(others);
    setDeclined(true);
  };

  if (declined) {
    return (
      <Page title={pageTitle} permitTitle={permitTitle} hasErrors={Boolean(error)} pageKey="consent-declined">
        <PageHeading>
          {pageTitle}
        </PageHeading>
        <p class="utrecht-paragraph hv-lead">{translator.t('consent.declined.nothingKept')}</p>
        <p class="utrecht-paragraph">{translator.t('consent.declined.paper')}</p>
        <p class="utrecht-paragraph">
          {translator.t('consent.declined.counter')} {translator.t('desk.hours')}
        </p>
        <p class="utrecht-paragraph">
          {translator.t('help.call')}{' '}
          <a class="utrecht-link" href={municipality.phoneHref}>
            {municipality.phone}
          </a>
        </p>
        <p class="utrecht-paragraph">
          <RouteLink to={{ name: 'start' }}>{translator.t('consent.declined.toStart')}</RouteLink>
        </p>
      </Page>
    );
  }

  return (
    <Page title={pageTitle} permitTitle={permitTitle} hasErrors={Boolean(error)} pageKey="consent" back={{ name: 'start' }}>
      <ErrorSummary items={error ? [{ field: CHANNEL_FIELD, message: error }] : []} summaryRef={summary} />
      <PageHeading>
        {pageTitle}
      </PageHeading>
      <p class="utrecht-paragraph hv-lead">{translator.t('consent.intro', { permit: permitTitle })}</p>
      <h2 class="utrecht-heading-2">{translator.t('consent.dataTitle')}</h2>
      <ul class="hv-consent-list">
        <li>{translator.t('consent.data.use')}</li>
        <li>{translator.t('consent.data.who')}</li>
        <li>{translator.t('consent.data.tablet')}</li>
        <li>{translator.t('consent.data.stop')}</li>
      </ul>
      <h2 class="utrecht-heading-2">{translator.t('consent.helpTitle')}</h2>
      <p class="utrecht-paragraph">{staff ? translator.t('consent.help.named', { name: staff.name }) : translator.t('consent.help.anyone')}</p>
      <form class="utrecht-form hv-form" noValidate onSubmit={accept}>
        <fieldset
          class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hv-field${error ? ' utrecht-form-fieldset--invalid' : ''}`}
          role="radiogroup"
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldIds.hint(CHANNEL_FIELD)} ${fieldIds.error(CHANNEL_FIELD)}` : fieldIds.hint(CHANNEL_FIELD)}
        >
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            <span class="hv-consent-legend">{translator.t('consent.channel.legend')}</span>
          </legend>
          <div class="utrecht-form-field-description hv-hint" id={fieldIds.hint(CHANNEL_FIELD)}>
            {translator.t('consent.channel.hint')}
          </div>
          {error && (
            <p class="utrecht-form-field-error-message hv-error-message" id={fieldIds.error(CHANNEL_FIELD)}>
              <span class="hv-visually-hidden">{translator.t('error.prefix')}</span> {error}
            </p>
          )}
          <div class="hv-options">
            {CONTACT_CHANNELS.map((value, index) => {
              const id = index === 0 ? fieldIds.input(CHANNEL_FIELD) : fieldIds.option(CHANNEL_FIELD, value);
              return (
                <div class="utrecht-form-field utrecht-form-field--radio hv-option" key={value}>
                  <input
                    class="utrecht-radio-button utrecht-radio-button--html-input utrecht-form-field__input"
                    type="radio"
                    name={CHANNEL_FIELD}
                    id={id}
                    value={value}
                    checked={channel === value}
                    onChange={() => setChannel(value)}
                  />
                  <label class="utrecht-form-label utrecht-form-field__label hv-option-label" for={id}>
                    {translator.t(`consent.channel.option.${value}`)}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <p class="utrecht-paragraph">{translator.t('consent.channel.details')}</p>
        <h2 class="utrecht-heading-2">{translator.t('consent.question')}</h2>
        <div class="hv-actions">
          <Button variant="primary" type="submit">
            {translator.t('consent.yes')}
          </Button>
          <Button variant="secondary" onClick={decline}>
            {translator.t('consent.no')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
