import { useEffect, useMemo } from 'preact/hooks';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { enterStep, saveAnswers, type Application } from '../application';
import { blankAnswer, prefillForStep, type Answers, type PermitDefinition, type Step } from '../wizard';

/**
 * A step's form, saved as it is typed: every change goes to the application (and from there to the
 * device), so Back, the browser's Back and a language switch never lose a half-typed answer
 * (docs/offline.md). The form starts with what was answered before, what each unanswered question
 * holds blank, and what the answers so far fill in.
 *
 * @param onChange called with the changed field's name after each change has been saved.
 */
export function useAutosavedForm(permit: PermitDefinition, step: Step, application: Application, onChange: (name: string) => void): UseFormReturn<FieldValues> {
  const defaultValues = useMemo(
    () => ({ ...startingAnswers(application.answers, step), ...prefillForStep(step, application.answers) }) as FieldValues,
    [permit.id, step.id],
  );
  const form = useForm<FieldValues>({ defaultValues, shouldFocusError: false, shouldUnregister: false });
  useEffect(() => {
    enterStep(permit.id, step.id, defaultValues as Answers);
    const subscription = form.watch((values, { name }) => {
      saveAnswers(permit.id, values as Answers);
      if (name) onChange(name);
    });
    return () => subscription.unsubscribe();
  }, [permit.id, step.id]);
  return form;
}

/** The answers of this step's questions as the form starts with them: as answered, or as each question starts blank. */
function startingAnswers(answers: Answers, step: Step): Answers {
  const values: Record<string, Answers[string]> = {};
  for (const question of step.questions) {
    const answer = answers[question.id] ?? blankAnswer(question);
    if (answer !== undefined) values[question.id] = answer;
  }
  return values;
}

/**
 * What the step's form holds now, as answers of its own (the form library keeps changing its
 * values in place). Read at "Volgende" in place of the library's submit handling: the step's rules
 * (`validateStep`) decide, the form registers none, and that handling validates every field again,
 * one await after the other, on the way to the next step.
 */
export function answersInForm(form: UseFormReturn<FieldValues>): Answers {
  return structuredClone(form.getValues()) as Answers;
}
