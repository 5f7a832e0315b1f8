import { useState } from 'preact/hooks';
import { applications, DRAFT_EXPIRY_DAYS, saveApplicationNow, type Application } from '../../application';
import { createResumeCode, formatResumeCode, type ResumeCode } from '../../drafts';
import type { ParkResult } from '../../intake';
import { textKeys, type PermitDefinition } from '../../wizard';
import { Page, PageHeading } from '../Page';
import { RouteLink } from '../RouteLink';
import { useTranslator } from '../TranslatorContext';
import { useTablet } from '../TabletContext';
import { Button } from '../Button';

type SaveState =
  | { readonly kind: 'ask' }
  | { readonly kind: 'working' }
  | { readonly kind: 'saved'; readonly code: ResumeCode; readonly parked: ParkResult }
  | { readonly kind: 'nothingToSave' }
  | { readonly kind: 'failed' };

/**
 * Where the code works. A draft with large files may be over the intake service's limit for parked
 * drafts (`MAX_PARKED_DRAFT_BYTES`): it is then kept, sealed, on this tablet only, and the person is
 * told so plainly rather than finding out at another tablet.
 */
const parkedText: Readonly<Record<ParkResult, string>> = {
  parked: 'saveForLater.parked',
  tooLarge: 'saveForLater.tooLargeToPark',
  failed: 'saveForLater.onlyHere',
};

/**
 * "Opslaan en later verder": seals the application with a short code (encrypted on the tablet,
 * and parked as ciphertext at the intake service so another tablet of the desk can open it), and
 * shows the code large, to read aloud, write down or print on a slip.
 */
export function SaveForLaterScreen({ permit, application }: { permit: PermitDefinition; application: Application }) {
  const tablet = useTablet();
  const { draftStore, intakeClient: client } = tablet;
  const translator = useTranslator();
  const [state, setState] = useState<SaveState>({ kind: 'ask' });
  const done = state.kind === 'saved';

  const save = async () => {
    setState({ kind: 'working' });
    if (!(await saveApplicationNow(tablet, application))) {
      setState({ kind: 'nothingToSave' });
      return;
    }
    const code = createResumeCode();
    const sealed = await draftStore.sealAndStore(application.draftId, code);
    if (!sealed.ok) {
      setState({ kind: sealed.reason === 'notFound' ? 'nothingToSave' : 'failed' });
      return;
    }
    const parked = await client.parkDraft(sealed.lookupId, sealed.sealed);
    // The readable answers leave this screen's memory too: from now on only the code opens them.
    const { [permit.id]: _sealedAway, ...others } = applications.get();
    applications.set(others);
    setState({ kind: 'saved', code, parked });
  };

  if (state.kind === 'saved') {
    const formatted = formatResumeCode(state.code);
    return (
      <Page title={translator.t('saveForLater.doneTitle')} permitTitle={translator.t(textKeys.permitTitle(permit))} pageKey="saveForLater-done">
        <PageHeading>
          {translator.t('saveForLater.doneTitle')}
        </PageHeading>
        <div class="hv-resume-slip">
          <p class="utrecht-paragraph">{translator.t('saveForLater.codeIntro', { permit: translator.t(textKeys.permitTitle(permit)) })}</p>
          <p class="hv-resume-code" aria-hidden="true">
            {formatted}
          </p>
          {/* Spelled out for screen readers, so the code is read sign by sign and not as a word. */}
          <p class="hv-visually-hidden">{[...formatted].map((sign) => (sign === '-' ? ',' : sign)).join(' ')}</p>
          <p class="utrecht-paragraph">{translator.t(parkedText[state.parked])}</p>
          <p class="utrecht-paragraph">{translator.t('saveForLater.keepSafe')}</p>
        </div>
        <div class="hv-actions hv-no-print">
          <Button variant="secondary" onClick={() => window.print()}>
            {translator.t('saveForLater.print')}
          </Button>
          <RouteLink to={{ name: 'start' }} class="utrecht-link hv-action-link">
            {translator.t('saveForLater.toStart')}
          </RouteLink>
        </div>
      </Page>
    );
  }

  const stepId = application.stepId;
  return (
    <Page title={translator.t('saveForLater.title')} permitTitle={translator.t(textKeys.permitTitle(permit))} pageKey="saveForLater" back={stepId ? { name: 'step', permitId: permit.id, stepId, fromCheck: false } : { name: 'check', permitId: permit.id }}>
      <PageHeading>
        {translator.t('saveForLater.title')}
      </PageHeading>
      <p class="utrecht-paragraph">{translator.t('saveForLater.intro')}</p>
      <p class="utrecht-paragraph">{translator.t('saveForLater.privacy', { days: DRAFT_EXPIRY_DAYS })}</p>
      {(state.kind === 'nothingToSave' || state.kind === 'failed') && (
        <div class="utrecht-alert utrecht-alert--error hv-send-problem" role="alert">
          <p class="utrecht-paragraph">{translator.t(state.kind === 'nothingToSave' ? 'saveForLater.nothingToSave' : 'saveForLater.failed')}</p>
        </div>
      )}
      <div class="hv-actions">
        <Button
          variant="primary"
          busy={state.kind === 'working'}
          onClick={() => state.kind !== 'working' && void save()}
        >
          {translator.t('saveForLater.confirm')}
        </Button>
      </div>
      <p class="hv-status" role="status">
        {state.kind === 'working' ? translator.t('saveForLater.working') : ''}
      </p>
    </Page>
  );
}
