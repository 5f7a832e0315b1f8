import { errorsToFix, showServerErrors } from '../../application';
import type { OutboxItem, OutboxStatus } from '../../outbox';
import { canChangeAnswers, needsCurrentForm } from '../../outbox';
import { textKeys, type PermitDefinition } from '../../wizard';
import { Page, PageHeading } from '../Page';
import { OutboxItemStatus } from '../OutboxItemStatus';
import { navigate } from '../router';
import type { Route } from '../routes';
import { ReopenInCurrentFormButton } from '../ReopenInCurrentFormButton';
import { RouteLink } from '../RouteLink';
import { SendNowButton } from '../SendNowButton';
import { stepWithServerError } from '../stepWithServerError';
import { useTranslator } from '../TranslatorContext';
import { Button } from '../Button';

/**
 * The confirmation page before the municipality has the application: says truthfully that it is
 * kept on this tablet and will be sent, shows where it stands, and shows no reference until the
 * intake service gave one (the page turns into the receipt then).
 */
export function QueuedScreen({ permit, item, status }: { permit: PermitDefinition; item: OutboxItem; status: OutboxStatus }) {
  const translator = useTranslator();
  const permitTitle = translator.t(textKeys.permitTitle(permit));
  const fix = fixFor(permit, item);
  // Another copy of the same parked draft went first: this one never goes, so it does not "wait".
  const alreadySent = item.state.kind === 'needsAction' && item.state.reason === 'alreadySent';
  const title = translator.t(alreadySent ? 'outbox.alreadySentTitle' : 'outbox.title');
  return (
    <Page title={title} permitTitle={permitTitle} pageKey={alreadySent ? 'queued-alreadySent' : 'queued'}>
      <PageHeading>
        {title}
      </PageHeading>
      {!alreadySent && <p class="utrecht-paragraph hv-lead">{translator.t('outbox.intro')}</p>}
      {!alreadySent && <p class="utrecht-paragraph">{translator.t('outbox.referenceLater')}</p>}
      <OutboxItemStatus item={item} status={status} />
      <div class="hv-actions hv-no-print">
        {needsCurrentForm(item) ? (
          <ReopenInCurrentFormButton item={item} />
        ) : fix ? (
          <Button
            variant="primary"
            onClick={() => {
              // Refused answers or files: shown at their questions until they change.
              const errors = errorsToFix(permit, item);
              if (errors) showServerErrors(permit.id, errors);
              navigate(fix);
            }}
          >
            {translator.t('outbox.fixAnswers')}
          </Button>
        ) : alreadySent ? null : (
          <SendNowButton status={status} />
        )}
        <RouteLink to={{ name: 'start' }} class="utrecht-link hv-action-link">
          {translator.t('sent.startAgain')}
        </RouteLink>
      </div>
    </Page>
  );
}

/**
 * Where the person fixes what the service refused: the first question it named (422), or the check
 * page, from which every answer can be changed, when it named none (a 413/415 for the request as a
 * whole). `undefined` while the application waits to go by itself.
 */
function fixFor(permit: PermitDefinition, item: OutboxItem): Route | undefined {
  if (item.state.kind !== 'needsAction' || !canChangeAnswers(item)) return undefined;
  const errors = errorsToFix(permit, item);
  const step = errors && stepWithServerError(permit, errors);
  return step ? { name: 'step', permitId: permit.id, stepId: step.id, fromCheck: true } : { name: 'check', permitId: permit.id };
}
