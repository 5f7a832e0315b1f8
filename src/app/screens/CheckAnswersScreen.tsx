import { useRef, useState } from 'preact/hooks';
import { sendApplication, type Application } from '../../application';
import type { SendResult } from '../../intake';
import { answersToSend, feesDue, firstUnfinishedStepId, textKeys, todayIso, visiblePlan, type PermitDefinition } from '../../wizard';
import { formatAnswer } from '../formatAnswer';
import { formatMoney } from '../formatMoney';
import { useIntakeClient } from '../IntakeClientContext';
import { Layout } from '../Layout';
import { municipality } from '../municipality';
import { usePageTitleAndFocus } from '../pageFocus';
import { navigate } from '../router';
import { routePath, type Route } from '../routes';
import { RouteLink } from '../RouteLink';
import { SaveForLaterLink } from '../SaveForLaterLink';
import { SaveStatus } from '../SaveStatus';
import { useTranslator } from '../TranslatorContext';

type SendState = { readonly kind: 'idle' } | { readonly kind: 'sending' } | { readonly kind: 'failed'; readonly result: SendResult };

/**
 * Every answer once more, each with a "Wijzig" link that comes back here, the costs and the
 * decision term (no surprises), and an explicit "Aanvraag versturen".
 */
export function CheckAnswersScreen({ permit, application }: { permit: PermitDefinition; application: Application }) {
  const translator = useTranslator();
  const client = useIntakeClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const today = todayIso();
  const answers = answersToSend(permit, application.answers, today);
  const permitTitle = translator.t(textKeys.permitTitle(permit));
  usePageTitleAndFocus(
    [translator.t('check.title'), translator.t('title.application', { permit: permitTitle }), municipality.name].join(' – '),
    heading,
    'check',
  );

  const send = async () => {
    if (state.kind === 'sending') return;
    setState({ kind: 'sending' });
    const result = await sendApplication(client, permit, translator.locale);
    if (result.kind === 'sent') {
      // Replace, so the browser's Back never leads to a page that sends again.
      navigate({ name: 'sent', permitId: permit.id }, { replace: true });
      return;
    }
    if (result.kind === 'rejected') {
      const first = result.errors.map((error) => error.field.split('.')[0]).find((field) => permit.steps.some((step) => step.questions.some((question) => question.id === field)));
      const step = permit.steps.find((candidate) => candidate.questions.some((question) => question.id === first));
      if (step) {
        navigate({ name: 'step', permitId: permit.id, stepId: step.id, fromCheck: true });
        return;
      }
    }
    setState({ kind: 'failed', result });
  };

  const unfinished = firstUnfinishedStepId(permit, application.answers, today);
  const fees = feesDue(permit, application.answers, today);
  return (
    <Layout back={backTo(permit, unfinished ?? visiblePlan(permit, application.answers, today).at(-1)?.step.id)}>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={heading}>
        {translator.t('check.title')}
      </h1>
      <p class="utrecht-paragraph hv-lead">{translator.t('check.intro', { permit: permitTitle })}</p>
      {visiblePlan(permit, application.answers, today).map(({ step, questions }) => (
        <section class="hv-check-section" key={step.id} aria-labelledby={`check-${step.id}`}>
          <h2 class="utrecht-heading-2" id={`check-${step.id}`}>
            {translator.t(textKeys.stepTitle(permit, step))}
          </h2>
          <dl class="hv-answers">
            {questions.map((question) => {
              const route: Route = { name: 'step', permitId: permit.id, stepId: step.id, fromCheck: true };
              const label = translator.t(textKeys.label(permit, question));
              return (
                <div class="hv-answers__row" key={question.id}>
                  <dt class="hv-answers__question">{label}</dt>
                  <dd class="hv-answers__answer">{formatAnswer(translator, permit, question, answers[question.id])}</dd>
                  <dd class="hv-answers__change">
                    <RouteLink to={route}>
                      {translator.t('check.change')}{' '}
                      <span class="hv-visually-hidden">{translator.t('check.changeContext', { question: label })}</span>
                    </RouteLink>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      {fees.length > 0 && (
        <section class="hv-check-section" aria-labelledby="check-costs">
          <h2 class="utrecht-heading-2" id="check-costs">
            {translator.t('check.costsTitle')}
          </h2>
          <dl class="hv-answers">
            {fees.map((fee) => (
              <div class="hv-answers__row" key={fee.id}>
                <dt class="hv-answers__question">{translator.t(textKeys.fee(permit, fee.id))}</dt>
                <dd class="hv-answers__answer">{formatMoney(fee.amountCents, translator.locale)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <h2 class="utrecht-heading-2">{translator.t('check.sendTitle')}</h2>
      <p class="utrecht-paragraph">{translator.t('check.decisionTerm', { weeks: permit.decisionTerm.weeks })}</p>
      <p class="utrecht-paragraph">{translator.t('check.declaration')}</p>
      <SendProblem state={state} />
      <div class="hv-actions">
        <button
          type="button"
          class="utrecht-button utrecht-button--primary-action hv-button"
          // Busy only while sending: with a step still open, pressing it leads there, so it is not unavailable.
          aria-disabled={state.kind === 'sending' ? 'true' : undefined}
          onClick={() => {
            if (unfinished) navigate({ name: 'step', permitId: permit.id, stepId: unfinished, fromCheck: true });
            else void send();
          }}
        >
          {translator.t('check.send')}
        </button>
        <SaveForLaterLink permitId={permit.id} />
      </div>
      <p class="hv-status" role="status">
        {state.kind === 'sending' ? translator.t('check.sending') : ''}
      </p>
      <SaveStatus />
    </Layout>
  );
}

/** Back goes to the step still to finish, or else the last step. */
function backTo(permit: PermitDefinition, stepId: string | undefined): Route {
  return stepId ? { name: 'step', permitId: permit.id, stepId, fromCheck: false } : { name: 'start' };
}

/** What went wrong with sending, in plain words, and what the person can do about it. */
function SendProblem({ state }: { state: SendState }) {
  const translator = useTranslator();
  if (state.kind !== 'failed') return null;
  const { result } = state;
  const message =
    result.kind === 'unauthorised'
      ? translator.t('send.unauthorised')
      : result.kind === 'fileRefused'
        ? translator.t('send.fileRefused')
        : result.kind === 'conflict'
          ? translator.t('send.conflict')
          : result.kind === 'invalidRequest'
            ? translator.t('send.invalidRequest')
            : translator.t('send.unreachable');
  return (
    <div class="utrecht-alert utrecht-alert--error hv-send-problem" role="alert">
      <p class="utrecht-paragraph">{message}</p>
      {result.kind === 'unauthorised' && (
        <p class="utrecht-paragraph">
          <RouteLink to={{ name: 'linkDevice' }}>{translator.t('send.linkDevice')}</RouteLink>
        </p>
      )}
    </div>
  );
}
