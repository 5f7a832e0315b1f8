import type { OutboxItem, OutboxStatus } from '../outbox';
import { RouteLink } from './RouteLink';
import { useTranslator } from './TranslatorContext';

/** The message key for why an item waits for a person. */
const needsActionText = {
  unauthorised: 'send.unauthorised',
  rejected: 'outbox.rejected',
  fileRefused: 'send.fileRefused',
  invalidRequest: 'send.invalidRequest',
  formChanged: 'outbox.formChanged',
} as const;

/**
 * Where one queued application stands, in plain words: "Wacht op internet", "Wordt verstuurd",
 * "Actie nodig: …", "al verstuurd" with the first reference when another copy of the same parked
 * draft went first, or once it went (`reference` given) "Verstuurd — referentie …". A polite live
 * region (WCAG 4.1.3) that stays in place while its text changes, so each change is read out
 * without taking the person away from what they are doing.
 */
export function OutboxItemStatus({ item, status, reference }: { item: OutboxItem; status: OutboxStatus; reference?: string }) {
  const translator = useTranslator();
  const { state } = item;
  const text = reference
    ? translator.t('outbox.sent', { reference })
    : status.sending === item.draftId
      ? translator.t('outbox.sending')
      : state.kind === 'needsAction' && state.reason === 'alreadySent'
        ? translator.t('outbox.alreadySent', { reference: state.reference })
        : state.kind === 'needsAction'
          ? translator.t('outbox.needsAction', { problem: translator.t(needsActionText[state.reason]) })
          : translator.t('outbox.waiting');
  return (
    <div class="hv-outbox-status">
      <p class="utrecht-paragraph hv-status" role="status">
        {text}
      </p>
      {!reference && state.kind === 'needsAction' && state.reason === 'alreadySent' && <p class="utrecht-paragraph">{translator.t('outbox.alreadySentCopy')}</p>}
      {!reference && state.kind === 'needsAction' && state.reason === 'unauthorised' && (
        <p class="utrecht-paragraph">
          <RouteLink to={{ name: 'linkDevice' }}>{translator.t('send.linkDevice')}</RouteLink>
        </p>
      )}
    </div>
  );
}
