import { handoverAnswers, isAnswered, visiblePlan, type PermitDefinition } from '../wizard';
import { onBehalfForm } from '../definitions';
import { applications, getApplication, saveAnswers, startApplication, updateApplication } from './applications';

/**
 * Continues with the permit an outcome hands the person over to (e.g. the notification instead
 * of the event permit): the answers that permit also asks, and for whom it is, go along, without overwriting anything
 * already typed in an application of it in progress. The application handed over from stays as a
 * draft, so going back loses nothing. The person's consent and the employee helping go along too:
 * it is the same visit, and the other permit is not a new surprise but the outcome of their answers.
 *
 * @returns the step of the other permit to go to.
 */
export function handOver(from: PermitDefinition, to: PermitDefinition, today: string): string | undefined {
  const answers = getApplication(from.id).answers;
  // For whom, and on what basis, is the same for the other permit (`onBehalfForm`).
  const carried = { ...handoverAnswers(onBehalfForm, onBehalfForm, answers, today), ...handoverAnswers(from, to, answers, today) };
  const existing = applications.get()[to.id];
  const target = !existing || existing.receipt ? startApplication(to.id) : existing;
  const source = getApplication(from.id);
  if (!target.consent && source.consent) {
    updateApplication(to.id, (application) => ({ ...application, consent: source.consent, ...(source.helper && !application.helper ? { helper: source.helper } : {}) }));
  }
  saveAnswers(to.id, Object.fromEntries(Object.entries(carried).filter(([id]) => !isAnswered(target.answers[id]))));
  return visiblePlan(to, getApplication(to.id).answers, today)[0]?.step.id;
}
