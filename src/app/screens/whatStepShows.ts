import { readsAnswers } from '../../fields';
import { visiblePlan, type Answers, type PermitDefinition, type Step } from '../../wizard';

/**
 * What a step's page shows of the answers, as a string to compare (see `useFormAnswers`): which
 * of its questions are visible, and the answers of those whose fields read them (`readsAnswers`);
 * with an outcome, all its own answers, which the outcome is judged and explained from.
 *
 * @param form the permit, or the help desk's form, the step belongs to.
 */
export function whatStepShows(form: PermitDefinition, step: Step, answers: Answers, today: string): string {
  const questions = visiblePlan(form, answers, today).find((visible) => visible.step.id === step.id)?.questions ?? [];
  const read = step.outcome ? step.questions : questions.filter(readsAnswers);
  return JSON.stringify([questions.map((question) => question.id), read.map((question) => answers[question.id] ?? null)]);
}
