import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { noteHelpOnStep, saveAnswers, type Application } from '../../application';
import { QuestionField } from '../../fields';
import { fieldErrorMessage } from '../../i18n';
import { signedInStaff } from '../../staff';
import { locateField, textKeys, todayIso, validateStep, visiblePlan, type Answers, type PermitDefinition, type Question, type Step } from '../../wizard';
import { Button } from '../Button';
import { ErrorSummary } from '../ErrorSummary';
import { PageContent, PageHeading } from '../Page';
import { ReadAloudButton } from '../ReadAloudButton';
import { navigate } from '../router';
import type { Route } from '../routes';
import { SaveForLaterLink } from '../SaveForLaterLink';
import { SaveStatus } from '../SaveStatus';
import { answersInForm, useAutosavedForm } from '../useAutosavedForm';
import { useFormAnswers } from '../useFormAnswers';
import { useFileStorage } from '../useFileStorage';
import { useStepErrors } from '../useStepErrors';
import { useStore } from '../useStore';
import { useTablet } from '../TabletContext';
import { useTranslator } from '../TranslatorContext';
import { whatStepShows } from './whatStepShows';

interface FormStepScreenProps {
  readonly permit: PermitDefinition;
  readonly application: Application;
  /** The form the step belongs to: its texts and its rules (`onBehalfForm`, `deskForm`). */
  readonly form: PermitDefinition;
  readonly step: Step;
  /** Came from the check-answers page: "Volgende" returns there. */
  readonly fromCheck: boolean;
  /** Where "Volgende" leads once the step's answers are right and saved (and `onPassed` has run). */
  readonly next: () => Route;
  /** Called once the step's answers are right, before going on (e.g. to note who recorded them and when). */
  readonly onPassed?: () => void;
}

/**
 * A page of one of the help desk's forms, asked with every permit outside its own steps: "Voor wie
 * is deze aanvraag?" before them (`onBehalfForm`), and in staff mode the identity check and the
 * payment after them (`deskForm`). The answers are kept and checked like a step's, so they
 * autosave, resume and go wrong the same way, with the same error summary; they are not counted as
 * steps of the permit, whose "Stap 1 van N" stays its own. Shown inside the frame that stays
 * from page to page (`StayingFrame`).
 */
export function FormStepScreen({ permit, application, form: stepForm, step, fromCheck, next, onPassed }: FormStepScreenProps) {
  const translator = useTranslator();
  const staff = useStore(signedInStaff);
  const tablet = useTablet();
  const today = todayIso();
  const { errors, summaryRef, show, settle } = useStepErrors(stepForm, step, application.serverErrors, today, () => ({ ...application.answers, ...(form.getValues() as Answers) }));
  const form = useAutosavedForm(permit, step, application, (name) => settle(name, false));
  // Rendered again when a change alters which questions show, not per keystroke.
  const answers = useFormAnswers(form, application.answers, (current) => whatStepShows(stepForm, step, current, today));
  const questions = visiblePlan(stepForm, answers, today).find((visible) => visible.step.id === step.id)?.questions ?? [];
  const { files, whenIdle } = useFileStorage(tablet, permit.id, step, application, form.setValue);

  // At the desk the employee is recorded as helping on these pages too, as on every step.
  useEffect(() => {
    if (staff) noteHelpOnStep(permit.id, step.id, { staffId: staff.staffId, staffName: staff.name }, 'staff');
  }, [permit.id, step.id, staff?.staffId]);

  // Made anew only when they change, so the questions (`QuestionField`) need not render with each keystroke.
  const messages = useMemo(() => new Map(errors.map((error) => [error.field, fieldErrorMessage(translator, stepForm, locateField(step.questions, error.field)?.question, error)])), [errors, translator]);
  const toolsFor = useCallback((asked: Question, field: string) => <ReadAloudButton permit={stepForm} question={asked} field={field} translator={translator} />, [translator]);
  const topic = translator.t(textKeys.stepTitle(stepForm, step));

  const check = () => {
    const values = answersInForm(form);
    const current: Answers = { ...application.answers, ...values };
    saveAnswers(permit.id, values);
    const problems = validateStep(stepForm, step, current, today);
    show(problems);
    if (problems.length > 0) return;
    onPassed?.();
    navigate(next());
  };
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    // A photo still being shrunk is part of the answer: check it once it is there.
    await whenIdle();
    check();
  };

  return (
    <PageContent title={topic} permitTitle={translator.t(textKeys.permitTitle(permit))} hasErrors={errors.length > 0} pageKey={step.id}>
      <ErrorSummary items={errors.map((error) => ({ field: error.field, message: messages.get(error.field) ?? '' }))} summaryRef={summaryRef} />
      <PageHeading>{topic}</PageHeading>
      {translator.has(textKeys.stepIntro(stepForm, step)) && <p class="utrecht-paragraph">{translator.t(textKeys.stepIntro(stepForm, step))}</p>}
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
            permit={stepForm}
            question={question}
            name={question.id}
            translator={translator}
            register={form.register}
            setValue={form.setValue}
            answers={answers}
            control={form.control}
            files={files}
            errors={messages}
            toolsFor={toolsFor}
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
    </PageContent>
  );
}
