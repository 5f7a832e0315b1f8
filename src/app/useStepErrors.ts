import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import { validateStep, type Answers, type FieldError, type PermitDefinition, type Step } from '../wizard';
import { settleErrors } from './settleErrors';

export interface StepErrors {
  readonly errors: readonly FieldError[];
  /** The error summary, focused after each "Volgende" that finds something (docs/accessibility.md, point 5). */
  readonly summaryRef: MutableRef<HTMLDivElement | null>;
  /** Shows what a "Volgende" found (nothing: no errors). */
  show(problems: readonly FieldError[]): void;
  /** After a change to `changed`: its error goes once the answer is right, and with `update` (the box was left) a wrong one gets its current message. */
  settle(changed: string, update: boolean): void;
}

/**
 * The errors a step shows: those the intake service found on it when the person comes back to fix
 * them, then what each "Volgende" finds. Nothing is checked while no error is shown; an error shown
 * goes once its answer is right (see `settleErrors`).
 *
 * @param currentAnswers every answer of the application as it is now, the form's included.
 */
export function useStepErrors(permit: PermitDefinition, step: Step, serverErrors: readonly FieldError[], today: string, currentAnswers: () => Answers): StepErrors {
  const here = serverErrors.filter((error) => step.questions.some((question) => question.id === fieldRoot(error)));
  const [errors, setErrors] = useState<readonly FieldError[]>(here);
  const [attempt, setAttempt] = useState(here.length > 0 ? 1 : 0);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The watcher that calls `settle` was made with the first render: it reads the errors through a ref.
  const shown = useRef(errors);
  shown.current = errors;

  useEffect(() => {
    if (attempt > 0 && errors.length > 0) summaryRef.current?.focus();
  }, [attempt]);

  return {
    errors,
    summaryRef,
    show(problems) {
      setErrors(problems);
      setAttempt((count) => count + 1);
    },
    settle(changed, update) {
      if (shown.current.length === 0) return;
      const current = validateStep(permit, step, currentAnswers(), today);
      setErrors((before) => settleErrors(before, current, changed, update));
    },
  };
}

/** The question id an error belongs to (`homeAddress.postcode` belongs to `homeAddress`). */
function fieldRoot(error: FieldError): string {
  return error.field.split('.')[0] ?? error.field;
}
