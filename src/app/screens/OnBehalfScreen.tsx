import { useEffect } from 'preact/hooks';
import { firstOpenStep, noteHelpOnStep, saveAnswers, type Application } from '../../application';
import { onBehalfForm, onBehalfStep } from '../../definitions';
import { QuestionField } from '../../fields';
import { fieldErrorMessage } from '../../i18n';
import { signedInStaff } from '../../staff';
import { locateField, textKeys, todayIso, validateStep, visiblePlan, type Answers, type PermitDefinition } from '../../wizard';
import { Button } from '../Button';
import { ErrorSummary } from '../ErrorSummary';
import { Page, PageHeading } from '../Page';
import { ReadAloudButton } from '../ReadAloudButton';
import { navigate } from '../router';
import { SaveForLaterLink } from '../SaveForLaterLink';
import { SaveStatus } from '../SaveStatus';
import { useAutosavedForm } from '../useAutosavedForm';
import { useFileStorage } from '../useFileStorage';
import { useStepErrors } from '../useStepErrors';
import { useStore } from '../useStore';
import { useTablet } from '../TabletContext';
import { useTranslator } from '../TranslatorContext';

interface OnBehalfScreenProps {
  readonly permit: PermitDefinition;
  readonly application: Application;
  /** Came from the check-answers page: "Volgende" returns there. */
  readonly fromCheck: boolean;
}

/**
 * "Voor wie is deze aanvraag?", before the permit's first question: for the person themselves, or
 * for someone else and on what basis, with the representative's name and contact details and, for
 * a written authorisation, the authorisation itself. The answers are kept and checked like a
 * step's (`onBehalfForm`), so they autosave, resume and go wrong the same way, with the same
 * error summary; they are not counted as a step of the permit, whose "Stap 1 van N" stays its own.
 */
export function OnBehalfScreen({ permit, application, fromCheck }: OnBehalfScreenProps) {
  const translator = useTranslator();
  const staff = useStore(signedInStaff);
  const tablet = useTablet();
  const today = todayIso();
  const step = onBehalfStep;
  const { errors, summaryRef, show, settle } = useStepErrors(onBehalfForm, step, application.serverErrors, today, () => ({ ...application.answers, ...(form.getValues() as Answers) }));
  const form = useAutosavedForm(permit, step, application, (name) => settle(name, false));
  const answers: Answers = { ...application.answers, ...(form.watch() as Answers) };
  const questions = visiblePlan(onBehalfForm, answers, today)[0]?.questions ?? [];
  const { files, whenIdle } = useFileStorage(tablet, permit.id, step, application, form.setValue);

  // At the desk the employee is recorded as helping from this first page on, as on every step.
  useEffect(() => {
    if (staff) noteHelpOnStep(permit.id, step.id, { staffId: staff.staffId, staffName: staff.name }, 'staff');
  }, [permit.id, staff?.staffId]);

  const messages = new Map(errors.map((error) => [error.field, fieldErrorMessage(translator, onBehalfForm, locateField(step.questions, error.field)?.question, error)]));
  const topic = translator.t(textKeys.stepTitle(onBehalfForm, step));

  const check = form.handleSubmit((values) => {
    const current: Answers = { ...application.answers, ...(values as Answers) };
    saveAnswers(permit.id, values as Answers);
    const problems = validateStep(onBehalfForm, step, current, today);
    show(problems);
    if (problems.length > 0) return;
    const next = fromCheck ? firstOpenStep(permit, current, today) : permit.steps[0]?.id;
    navigate(next ? { name: 'step', permitId: permit.id, stepId: next, fromCheck } : { name: 'check', permitId: permit.id });
  });
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    // An authorisation photo still being shrunk is part of the answer: check it once it is there.
    await whenIdle();
    await check();
  };

  return (
    <Page
      title={topic}
      permitTitle={translator.t(textKeys.permitTitle(permit))}
      hasErrors={errors.length > 0}
      pageKey={step.id}
      back={fromCheck ? { name: 'check', permitId: permit.id } : { name: 'start' }}
    >
      <ErrorSummary items={errors.map((error) => ({ field: error.field, message: messages.get(error.field) ?? '' }))} summaryRef={summaryRef} />
      <PageHeading>{topic}</PageHeading>
      <p class="utrecht-paragraph">{translator.t(textKeys.stepIntro(onBehalfForm, step))}</p>
      <form
        class="utrecht-form hv-form"
        noValidate
        onSubmit={onSubmit}
        onFocusOut={(event) => {
          const name = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement ? event.target.name : '';
          if (name) settle(name, true);
        }}
      >
        {questions.map((question) => (
          <QuestionField
            key={question.id}
            permit={onBehalfForm}
            question={question}
            name={question.id}
            translator={translator}
            register={form.register}
            setValue={form.setValue}
            answers={answers}
            control={form.control}
            files={files}
            errors={messages}
            toolsFor={(asked, field) => <ReadAloudButton permit={onBehalfForm} question={asked} field={field} translator={translator} />}
          />
        ))}
        <div class="hv-actions">
          <Button variant="primary" type="submit">
            {translator.t(fromCheck ? 'step.saveAndReturn' : 'step.next')}
          </Button>
          <SaveForLaterLink permitId={permit.id} />
        </div>
      </form>
      <SaveStatus permitId={permit.id} />
    </Page>
  );
}
