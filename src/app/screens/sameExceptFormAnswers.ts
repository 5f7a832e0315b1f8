import type { Application } from '../../application';
import type { Question } from '../../wizard';

/**
 * Whether two versions of an application differ only in what a step's open form already holds:
 * the answers to `questions` (the form saves each keystroke to the application, and then shows
 * it itself) and the step it is on. A step screen given such a version need not render again:
 * without this check every keystroke rendered the step twice, once for the form and once for the
 * save (https://react.dev/reference/react/memo). Lists that are copied on every save
 * with the same items (the server's errors, the lost files) count as unchanged.
 */
export function sameExceptFormAnswers(before: Application, after: Application, questions: readonly Question[]): boolean {
  if (before === after) return true;
  const fields = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Application)[]);
  for (const field of fields) {
    if (field !== 'answers' && field !== 'stepId' && !sameItems(before[field], after[field])) return false;
  }
  const own = new Set(questions.map((question) => question.id));
  const answered = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]);
  for (const id of answered) {
    if (!own.has(id) && before.answers[id] !== after.answers[id]) return false;
  }
  return true;
}

function sameItems(before: unknown, after: unknown): boolean {
  if (Object.is(before, after)) return true;
  if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return false;
  return before.every((item, index) => Object.is(item, after[index]));
}
