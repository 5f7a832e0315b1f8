import { memo } from 'preact/compat';
import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import { firstOpenStep, handOver, noteHelpOnStep, saveAnswers, type Application } from '../../application';
import { findDefinition, onBehalfStep } from '../../definitions';
import { signedInStaff } from '../../staff';
import { AlongsideContext, QuestionField, StepHeadingDescription, fieldIds, type AlongsideTexts } from '../../fields';
import { fieldErrorMessage } from '../../i18n';
import {
  firstUnfinishedStepId,
  locateField,
  nextStepId,
  stepPosition,
  textKeys,
  todayIso,
  validateStep,
  visiblePlan,
  type Answers,
  type PermitDefinition,
  type Question,
  type Step,
} from '../../wizard';
import { ErrorSummary } from '../ErrorSummary';
import { OutcomePanel } from '../OutcomePanel';
import { ReadAloudButton } from '../ReadAloudButton';
import { SaveForLaterLink } from '../SaveForLaterLink';
import { SaveStatus } from '../SaveStatus';
import { useBackLink } from '../Layout';
import { PageContent, PageHeading } from '../Page';
import { navigate } from '../router';
import type { Route } from '../routes';
import { TypedByToggle } from '../TypedByToggle';
import { answersInForm, useAutosavedForm } from '../useAutosavedForm';
import { useFormAnswers } from '../useFormAnswers';
import { useFileStorage } from '../useFileStorage';
import { useStepErrors } from '../useStepErrors';
import { useStepTotalChange } from '../useStepTotalChange';
import { useStore } from '../useStore';
import { useTranslator } from '../TranslatorContext';
import { useDutchAlongside } from '../DutchAlongsideContext';
import { useTablet } from '../TabletContext';
import { Button } from '../Button';
import { sameExceptFormAnswers } from './sameExceptFormAnswers';
import { whatStepShows } from './whatStepShows';

/** The "Stap 3 van 13" above the form, which describes the step's heading. */
const STEP_COUNTER_ID = 'hv-step-counter';

interface StepScreenProps {
  readonly permit: PermitDefinition;
  readonly step: Step;
  readonly application: Application;
  /** Came from the check-answers page: "Volgende" returns there. */
  readonly fromCheck: boolean;
}

/**
 * One step of the wizard, where the answers so far ask it; a step they switched off (someone came
 * back to it by its address, or changed an earlier answer) leads to the next one to do. Shown in
 * the frame that stays from page to page (`StayingFrame`, whose back link it sets); only the
 * step's form is new, keyed by its step, so its state starts afresh and its heading takes the
 * focus (`PageContent`). Not rendered again for a save of what the form already shows
 * (`sameExceptFormAnswers`).
 */
export const StepScreen = memo(
  function StepScreen(props: StepScreenProps) {
    const { permit, step, application, fromCheck } = props;
    const today = todayIso();
    // Which steps are shown depends only on the answers before each of them (`visiblePlan`), so
    // this step's own answers, still being typed, change neither this step's place nor the one before.
    const plan = visiblePlan(permit, application.answers, today);
    const here = plan.findIndex((visible) => visible.step.id === step.id);
    const next = here === -1 ? firstUnfinishedStepId(permit, application.answers, today) : undefined;
    const redirect: Route | undefined = here !== -1 ? undefined : next ? { name: 'step', permitId: permit.id, stepId: next, fromCheck: false } : { name: 'check', permitId: permit.id };
    useEffect(() => {
      if (redirect) navigate(redirect, { replace: true });
    }, [redirect && JSON.stringify(redirect)]);
    const previous = plan[here - 1]?.step.id;
    useBackLink(fromCheck ? { name: 'check', permitId: permit.id } : { name: 'step', permitId: permit.id, stepId: previous ?? onBehalfStep.id, fromCheck: false });
    if (redirect) return null;
    return <StepForm key={`${permit.id}/${step.id}`} {...props} previous={previous} />;
  },
  (before, after) => before.permit === after.permit && before.step === after.step && before.fromCheck === after.fromCheck && sameExceptFormAnswers(before.application, after.application, after.step.questions),
);

/**
 * The form of one step. Answers are saved as they are typed (`useAutosavedForm`), checked only
 * when the person presses "Volgende" (docs/accessibility.md, point 5), and never cleared by an error.
 */
function StepForm({ permit, step, application, fromCheck, previous }: StepScreenProps & { readonly previous: string | undefined }) {
  const translator = useTranslator();
  const staff = useStore(signedInStaff);
  const tablet = useTablet();
  const { lookUpAddress } = tablet.intakeClient;
  const today = todayIso();
  const heading = useRef<HTMLHeadingElement>(null);
  const { errors, summaryRef, show, settle } = useStepErrors(permit, step, application.serverErrors, today, () => ({ ...application.answers, ...(form.getValues() as Answers) }));
  const form = useAutosavedForm(permit, step, application, (name) => settle(name, false));

  // Rendered again when a change alters what the step shows (its questions, its counter, its outcome), not per keystroke.
  const answers = useFormAnswers(form, application.answers, (current) => whatStepShows(permit, step, current, today) + JSON.stringify(stepPosition(permit, step.id, current, today)));
  const visible = visiblePlan(permit, answers, today).find((candidate) => candidate.step.id === step.id);
  const questions = visible?.questions ?? [];
  const outcome = step.outcome && visible?.outcome;
  const handoverTo = outcome?.result.handover === undefined ? undefined : findDefinition(outcome.result.handover);

  // Staff mode: the employee is recorded as helping, and this step as typed by whoever typed the
  // step before (by the employee on the first one: at the desk the employee usually holds the tablet).
  useEffect(() => {
    if (staff) noteHelpOnStep(permit.id, step.id, { staffId: staff.staffId, staffName: staff.name }, (previous && application.typedBy[previous]) || 'staff');
  }, [permit.id, step.id, staff?.staffId]);
  const position = stepPosition(permit, step.id, answers, today);
  const totalChangedTo = useStepTotalChange(position?.total);
  const soleQuestion = questions.length === 1 && !outcome ? questions[0] : undefined;
  // A step that explains an outcome is headed by the outcome itself: that is what the person came to learn.
  const topic = translator.t(step.outcome && outcome ? textKeys.outcomeTitle(permit, step.outcome, outcome.result.value) : textKeys.stepTitle(permit, step));

  // Made anew only when they change, so the questions (`QuestionField`) need not render with each keystroke.
  const messages = useMemo(() => new Map(errors.map((error) => [error.field, fieldErrorMessage(translator, permit, locateField(step.questions, error.field)?.question, error)])), [errors, translator]);
  const dutch = useDutchAlongside();
  // Side by side: each inline error in Dutch too, under the citizen's (see AlongsideContext).
  const alongside = useMemo<AlongsideTexts | undefined>(
    () =>
      dutch && {
        translator: dutch,
        errors: new Map(errors.map((error) => [fieldIds.error(error.field), fieldErrorMessage(dutch, permit, locateField(step.questions, error.field)?.question, error)])),
      },
    [dutch, errors],
  );
  const toolsFor = useCallback((asked: Question, field: string) => <ReadAloudButton permit={permit} question={asked} field={field} translator={translator} />, [translator]);
  // In the summary an entry's error says which entry it is about ("Kenteken 2: …"); beside the box the entry's title says it.
  const summaryItems = errors.map((error) => {
    const message = messages.get(error.field) ?? '';
    const entry = locateField(step.questions, error.field)?.entry;
    if (!entry) return { field: error.field, message };
    return { field: error.field, message: translator.t('error.inEntry', { entry: translator.t(textKeys.groupEntry(permit, entry.group), { number: entry.index + 1 }), message }) };
  });

  const { files, whenIdle } = useFileStorage(tablet, permit.id, step, application, form.setValue);

  const check = () => {
    const values = answersInForm(form);
    const current: Answers = { ...application.answers, ...values };
    saveAnswers(permit.id, values);
    const problems = validateStep(permit, step, current, today);
    show(problems);
    if (problems.length > 0) return;
    const withCurrent = { ...application, answers: current };
    // After the permit's last step, an employee records the identity check and the payment (the desk steps).
    const next: string | undefined = fromCheck ? firstOpenStep(permit, withCurrent, today, Boolean(staff)) : (nextStepId(permit, step.id, current, today) ?? (staff ? firstOpenStep(permit, withCurrent, today, true) : undefined));
    navigate(next ? { name: 'step', permitId: permit.id, stepId: next, fromCheck } : { name: 'check', permitId: permit.id });
  };
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    // A photo still being shrunk is part of the answer: check it once it is there.
    await whenIdle();
    check();
  };

  const continueWith = (target: PermitDefinition) => {
    const stepId = handOver(permit, target, today);
    navigate(stepId ? { name: 'step', permitId: target.id, stepId, fromCheck: false } : { name: 'check', permitId: target.id });
  };

  return (
    <PageContent
      title={position ? translator.t('step.titleCounter', { number: position.number, total: position.total, topic }) : topic}
      permitTitle={translator.t(textKeys.permitTitle(permit))}
      hasErrors={errors.length > 0}
      pageKey={step.id}
      headingRef={heading}
    >
      <ErrorSummary items={summaryItems} summaryRef={summaryRef} />
      {application.formChanges && (
        <p class="utrecht-alert utrecht-alert--warning hv-form-changed">{translator.t('form.changed')}</p>
      )}
      {position && (
        <p class="hv-step-counter" id={STEP_COUNTER_ID}>
          {translator.t('step.counter', { number: position.number, total: position.total })}
        </p>
      )}
      {!soleQuestion && (
        <PageHeading describedBy={position ? STEP_COUNTER_ID : undefined}>{topic}</PageHeading>
      )}
      {!soleQuestion && translator.has(textKeys.stepIntro(permit, step)) && (
        <p class="utrecht-paragraph">{translator.t(textKeys.stepIntro(permit, step))}</p>
      )}
      {outcome && <OutcomePanel permit={permit} step={step} outcome={outcome} answers={answers} today={today} translator={translator} />}
      <p class="hv-visually-hidden" role="status">
        {totalChangedTo === undefined ? '' : translator.t('step.totalChanged', { total: totalChangedTo })}
      </p>
      <form
        class="utrecht-form hv-form"
        noValidate
        onSubmit={onSubmit}
        onFocusOut={(event) => {
          const name = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement ? event.target.name : '';
          if (name) settle(name, true);
        }}
      >
        <StepHeadingDescription.Provider value={position ? STEP_COUNTER_ID : undefined}>
          <AlongsideContext.Provider value={alongside}>
          {questions.map((question) => (
            <QuestionField
              key={question.id}
              permit={permit}
              question={question}
              name={question.id}
              translator={translator}
              register={form.register}
              setValue={form.setValue}
              answers={answers}
              lookUpAddress={lookUpAddress}
              control={form.control}
              files={files}
              errors={messages}
              toolsFor={toolsFor}
              {...(question === soleQuestion ? { headingRef: heading } : {})}
              {...(staff && question.staffNote ? { staffNote: translator.t(textKeys.staffNote(permit, question)) } : {})}
            />
          ))}
          </AlongsideContext.Provider>
        </StepHeadingDescription.Provider>
        {staff && <TypedByToggle permitId={permit.id} stepId={step.id} value={application.typedBy[step.id]} />}
        <div class="hv-actions">
          {handoverTo ? (
            <Button variant="primary" onClick={() => continueWith(handoverTo)}>
              {translator.t('outcome.handover', { permit: translator.t(textKeys.permitTitle(handoverTo)) })}
            </Button>
          ) : (
            <Button variant="primary" type="submit">
              {translator.t(fromCheck ? 'step.saveAndReturn' : 'step.next')}
            </Button>
          )}
          <SaveForLaterLink permitId={permit.id} />
        </div>
      </form>
      <SaveStatus permitId={permit.id} />
    </PageContent>
  );
}
