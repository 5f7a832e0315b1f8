import { useState } from 'preact/hooks';
import { deskStepsDue, firstOpenStep, internalNoteProblem, sendApplication, type Application } from '../../application';
import { deskForm, onBehalfForm, onBehalfStep } from '../../definitions';
import { AlongsideContext, TwoLanguages } from '../../fields';
import { answersToSend, feesDue, textKeys, todayIso, visiblePlan, type PermitDefinition } from '../../wizard';
import { useDutchAlongside } from '../DutchAlongsideContext';
import { formatAnswer } from '../formatAnswer';
import { FeeList } from '../FeeList';
import { PageContent, PageHeading } from '../Page';
import { useBackLink } from '../Layout';
import { navigate } from '../router';
import { routePath, type Route } from '../routes';
import { RouteLink } from '../RouteLink';
import { SaveForLaterLink } from '../SaveForLaterLink';
import { SaveStatus } from '../SaveStatus';
import { stepWithServerError } from '../stepWithServerError';
import { useTranslator } from '../TranslatorContext';
import { useTablet } from '../TabletContext';
import { INTERNAL_NOTE_ID, InternalNote } from '../InternalNote';
import { useStore } from '../useStore';
import { signedInStaff } from '../../staff';
import { Button } from '../Button';

/**
 * Every answer once more, each with a "Wijzig" link that comes back here, the costs and the
 * decision term (no surprises), and an explicit "Aanvraag versturen". Shown in the frame that
 * stays from the steps (`StayingFrame`), whose back link it sets.
 */
export function CheckAnswersScreen({ permit, application }: { permit: PermitDefinition; application: Application }) {
  const translator = useTranslator();
  const dutch = useDutchAlongside();
  const staff = useStore(signedInStaff);
  const tablet = useTablet();
  const client = tablet.intakeClient;
  const [sending, setSending] = useState(false);
  const today = todayIso();
  const answers = answersToSend(permit, application.answers, today);
  const shared = answersToSend(deskForm, application.answers, today);
  const permitTitle = translator.t(textKeys.permitTitle(permit));

  const send = async () => {
    if (sending) return;
    setSending(true);
    // Into the outbox on the tablet first, then a first try: nothing is lost if that try fails.
    const outcome = await sendApplication(tablet, permit, translator.locale);
    const step = outcome.kind === 'rejected' ? stepWithServerError(permit, outcome.errors) : undefined;
    if (step) {
      navigate({ name: 'step', permitId: permit.id, stepId: step.id, fromCheck: true });
      return;
    }
    // The receipt, or what the tablet does with the application until it can go. Replace, so the
    // browser's Back never leads to a page that sends again.
    navigate({ name: 'sent', permitId: permit.id }, { replace: true });
  };

  const unfinished = firstOpenStep(permit, application, today, Boolean(staff));
  // Only a signed-in employee sees (and sends) the note, so only then can it stop the sending.
  const noteProblem = staff ? internalNoteProblem(application) : undefined;
  const fees = feesDue(permit, application.answers, today);
  // The identity check and the payment: the employee's to record and to see, never the citizen's alone.
  const dueAtDesk = staff ? deskStepsDue(permit, application, today) : [];
  const deskPlan = visiblePlan(deskForm, application.answers, today).filter((visible) => dueAtDesk.includes(visible.step));
  useBackLink(backTo(permit, unfinished ?? visiblePlan(permit, application.answers, today).at(-1)?.step.id));
  return (
    <PageContent title={translator.t('check.title')} permitTitle={permitTitle} pageKey="check">
      <PageHeading>
        {translator.t('check.title')}
      </PageHeading>
      <p class="utrecht-paragraph hv-lead">{translator.t('check.intro', { permit: permitTitle })}</p>
      {/* Side by side at the desk: each step and question in Dutch too, so the page prints in both. */}
      <AlongsideContext.Provider value={dutch && { translator: dutch, errors: new Map() }}>
      {[...visiblePlan(onBehalfForm, application.answers, today), ...visiblePlan(permit, application.answers, today), ...deskPlan].map(({ step, questions, outcome }) => {
        // "On whose behalf" before the permit's steps and the desk's after them have texts of their own.
        const form = step.id === onBehalfStep.id ? onBehalfForm : deskPlan.some((desk) => desk.step === step) ? deskForm : permit;
        return (
          <section class="hv-check-section" key={step.id} aria-labelledby={`check-${step.id}`}>
            <h2 class="utrecht-heading-2" id={`check-${step.id}`}>
              <TwoLanguages translator={translator} own={translator.t(textKeys.stepTitle(form, step))} dutch={dutch?.t(textKeys.stepTitle(form, step))} />
            </h2>
            {step.outcome && outcome && <p class="utrecht-paragraph">{translator.t(textKeys.outcomeTitle(permit, step.outcome, outcome.result.value))}</p>}
            {questions.length > 0 && (
              <dl class="hv-answers">
                {questions.map((question) => {
                  const route: Route = { name: 'step', permitId: permit.id, stepId: step.id, fromCheck: true };
                  const label = translator.t(textKeys.label(form, question));
                  return (
                    <div class="hv-answers__row" key={question.id}>
                      <dt class="hv-answers__question">
                        <TwoLanguages translator={translator} own={label} dutch={dutch?.t(textKeys.label(form, question))} />
                      </dt>
                      <dd class="hv-answers__answer" dir="auto">{formatAnswer(translator, form, question, form === permit ? answers[question.id] : shared[question.id])}</dd>
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
            )}
          </section>
        );
      })}
      </AlongsideContext.Provider>
      {fees.length > 0 && (
        <section class="hv-check-section" aria-labelledby="check-costs">
          <h2 class="utrecht-heading-2" id="check-costs">
            {translator.t('check.costsTitle')}
          </h2>
          <p class="utrecht-paragraph">{translator.t('fees.intro')}</p>
          <FeeList permit={permit} fees={fees} translator={translator} />
        </section>
      )}
      {staff && <InternalNote permitId={permit.id} value={application.internalNote} error={noteProblem && translator.t('staff.internalNote.unsafe')} />}
      <h2 class="utrecht-heading-2">{translator.t('check.sendTitle')}</h2>
      <p class="utrecht-paragraph">{translator.t('check.decisionTerm', { weeks: permit.decisionTerm.weeks })}</p>
      <p class="utrecht-paragraph">{translator.t('check.declaration')}</p>
      <div class="hv-actions">
        <Button
          variant="primary"
          // Busy only while sending: with a step still open, pressing it leads there, so it is not unavailable.
          busy={sending}
          onClick={() => {
            if (unfinished) navigate({ name: 'step', permitId: permit.id, stepId: unfinished, fromCheck: true });
            // The note the service would refuse: to its box, where the message says what to do.
            else if (noteProblem) document.getElementById(INTERNAL_NOTE_ID)?.focus();
            else void send();
          }}
        >
          {translator.t('check.send')}
        </Button>
        <SaveForLaterLink permitId={permit.id} />
      </div>
      <p class="hv-status" role="status">
        {sending ? translator.t('check.sending') : ''}
      </p>
      <SaveStatus permitId={permit.id} />
    </PageContent>
  );
}

/** Back goes to the step still to finish, or else the last step. */
function backTo(permit: PermitDefinition, stepId: string | undefined): Route {
  return stepId ? { name: 'step', permitId: permit.id, stepId, fromCheck: false } : { name: 'start' };
}
