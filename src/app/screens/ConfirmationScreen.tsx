import { useRef } from 'preact/hooks';
import type { Receipt } from '../../intake';
import { textKeys, type PermitDefinition } from '../../wizard';
import { formatDateTime, formatLongDate } from '../formatDate';
import { Layout } from '../Layout';
import { municipality } from '../municipality';
import { usePageTitleAndFocus } from '../pageFocus';
import { navigate } from '../router';
import { routePath } from '../routes';
import { RouteLink } from '../RouteLink';
import { useTranslator } from '../TranslatorContext';

/**
 * Proof of receipt (the Awb asks for one): the reference, when it arrived, what happens next, the
 * latest decision date, and whom to contact — the charter's "no surprises" and "your contact".
 */
export function ConfirmationScreen({ permit, receipt }: { permit: PermitDefinition; receipt: Receipt }) {
  const translator = useTranslator();
  const heading = useRef<HTMLHeadingElement>(null);
  const permitTitle = translator.t(textKeys.permitTitle(permit));
  usePageTitleAndFocus([translator.t('sent.title'), translator.t('title.application', { permit: permitTitle }), municipality.name].join(' – '), heading, 'sent');
  return (
    <Layout>
      <div class="hv-confirmation">
        <h1 class="utrecht-heading-1" tabIndex={-1} ref={heading}>
          {translator.t('sent.title')}
        </h1>
        <p class="hv-reference">
          {translator.t('sent.reference')} <strong class="hv-reference__number">{receipt.reference}</strong>
        </p>
      </div>
      <dl class="hv-answers">
        <div class="hv-answers__row">
          <dt class="hv-answers__question">{translator.t('sent.permit')}</dt>
          <dd class="hv-answers__answer">{permitTitle}</dd>
        </div>
        <div class="hv-answers__row">
          <dt class="hv-answers__question">{translator.t('sent.receivedAt')}</dt>
          <dd class="hv-answers__answer">{formatDateTime(receipt.receivedAt, translator.locale)}</dd>
        </div>
        <div class="hv-answers__row">
          <dt class="hv-answers__question">{translator.t('sent.decisionBy')}</dt>
          <dd class="hv-answers__answer">{formatLongDate(receipt.expectedDecisionBy, translator.locale)}</dd>
        </div>
      </dl>
      <h2 class="utrecht-heading-2">{translator.t('sent.nextTitle')}</h2>
      <p class="utrecht-paragraph">{translator.t(textKeys.permitNextSteps(permit))}</p>
      <p class="utrecht-paragraph">
        {translator.t(permit.decisionTerm.silenceIsConsent ? 'sent.silenceIsConsent' : 'sent.silenceIsNotConsent', {
          date: formatLongDate(receipt.expectedDecisionBy, translator.locale),
        })}
      </p>
      <p class="utrecht-paragraph">{translator.t('sent.objection')}</p>
      <h2 class="utrecht-heading-2">{translator.t('sent.contactTitle')}</h2>
      <p class="utrecht-paragraph">
        {translator.t('sent.contact', { desk: translator.t('desk.name'), reference: receipt.reference })}{' '}
        <a class="utrecht-link" href={municipality.phoneHref}>
          {municipality.phone}
        </a>{' '}
        {translator.t('sent.contactEmail')}{' '}
        <a class="utrecht-link" href={`mailto:${municipality.email}`}>
          {municipality.email}
        </a>
        .
      </p>
      <div class="hv-actions hv-no-print">
        <button type="button" class="utrecht-button utrecht-button--secondary-action hv-button" onClick={() => window.print()}>
          {translator.t('sent.print')}
        </button>
        <RouteLink to={{ name: 'start' }} class="utrecht-link hv-action-link">
          {translator.t('sent.startAgain')}
        </RouteLink>
      </div>
    </Layout>
  );
}
