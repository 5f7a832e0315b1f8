import { useEffect, useRef, useState } from 'preact/hooks';
import { applicationFromDraft, applications } from '../../application';
import { findDefinition } from '../../definitions';
import { firstUnfinishedStepId, todayIso, visiblePlan } from '../../wizard';
import { ErrorSummary, type SummaryKind } from '../ErrorSummary';
import { Page, PageHeading } from '../Page';
import { navigate } from '../router';
import type { Route } from '../routes';
import { useTranslator } from '../TranslatorContext';
import { useTablet } from '../TabletContext';
import { Button } from '../Button';

const FIELD = 'resumeCode';

/**
 * "Verder met een code": opens a saved application with the code from the slip, here or (through
 * the intake service) at another tablet of the desk. A wrong code changes nothing; after a few
 * wrong codes the tablet asks to wait (the draft store keeps count).
 */
export function ResumeScreen() {
  const { draftStore, intakeClient: client } = useTablet();
  const translator = useTranslator();
  const summary = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<{ message: string; kind: SummaryKind; attempt: number }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error?.attempt]);

  const fail = (message: string, kind: SummaryKind = 'check') => setError((previous) => ({ message, kind, attempt: (previous?.attempt ?? 0) + 1 }));

  const open = async () => {
    if (busy) return;
    setBusy(true);
    const result = await draftStore.openWithCode(input.current?.value ?? '', { fetchSealed: (lookupId) => client.fetchParkedDraft(lookupId) });
    setBusy(false);
    if (!result.ok) {
      if (result.reason === 'invalidCode') fail(translator.t(`resume.error.${result.error}`));
      else if (result.reason === 'tooManyAttempts') fail(translator.t('resume.error.tooManyAttempts', { minutes: result.retryAfterMinutes }));
      else if (result.reason === 'unreachable') fail(translator.t('resume.error.unreachable'), 'fault');
      // One draft, one application: a code whose draft was sent (here or at another tablet) opens nothing.
      else if (result.reason === 'alreadySent') fail(translator.t('resume.error.alreadySent', { reference: result.reference }));
      else fail(translator.t('resume.error.unknownCode'));
      return;
    }
    const application = await applicationFromDraft(result.draft);
    const permit = application && findDefinition(application.permitId);
    if (!application || !permit) {
      fail(translator.t('resume.error.unknownPermit'), 'fault');
      return;
    }
    applications.set({ ...applications.get(), [permit.id]: application });
    const today = todayIso();
    const onPath = visiblePlan(permit, application.answers, today).some(({ step }) => step.id === application.stepId);
    const stepId = onPath ? application.stepId : firstUnfinishedStepId(permit, application.answers, today);
    const next: Route = stepId ? { name: 'step', permitId: permit.id, stepId, fromCheck: false } : { name: 'check', permitId: permit.id };
    navigate(next);
  };

  return (
    <Page title={translator.t('resume.title')} hasErrors={Boolean(error)} pageKey="resume" back={{ name: 'start' }}>
      <ErrorSummary items={error ? [{ field: FIELD, message: error.message }] : []} summaryRef={summary} kind={error?.kind} />
      <PageHeading>
        {translator.t('resume.title')}
      </PageHeading>
      <form
        class="utrecht-form hv-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void open();
        }}
      >
        <div class={`utrecht-form-field hv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for={`q-${FIELD}`}>
              {translator.t('resume.codeLabel')}
            </label>
          </div>
          <div class="utrecht-form-field-description hv-hint" id={`q-${FIELD}-hint`}>
            {translator.t('resume.codeHint')}
          </div>
          {error && (
            <p class="utrecht-form-field-error-message hv-error-message" id={`q-${FIELD}-error`}>
              <span class="hv-visually-hidden">{translator.t('error.prefix')}</span> {error.message}
            </p>
          )}
          <div class="utrecht-form-field__input">
            <input
              ref={input}
              id={`q-${FIELD}`}
              class={`utrecht-textbox utrecht-textbox--html-input hv-width-medium hv-code-input${error ? ' utrecht-textbox--invalid' : ''}`}
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellcheck={false}
              maxLength={20}
              aria-required="true"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `q-${FIELD}-hint q-${FIELD}-error` : `q-${FIELD}-hint`}
            />
          </div>
        </div>
        <div class="hv-actions">
          <Button variant="primary" type="submit" busy={busy}>
            {translator.t('resume.submit')}
          </Button>
        </div>
        <p class="hv-status" role="status">
          {busy ? translator.t('resume.opening') : ''}
        </p>
      </form>
    </Page>
  );
}
