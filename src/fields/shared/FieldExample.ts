import type { AnswerValue, PermitDefinition, QuestionType } from '../../wizard';
import type { QuestionOfType } from './questionOfType';

/** The permit the field examples belong to: the stem of their text keys (`permit.field-examples.q.…`). */
export const fieldExamplePermit = {
  id: 'field-examples',
  version: 1,
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  steps: [],
} as const satisfies PermitDefinition;

/**
 * One question of a type shown as a person meets it, as data (GOV.UK Frontend's named examples):
 * before anything is typed, answered wrongly with the messages the step then shows, and answered.
 * The field accessibility test renders every example in each of these states.
 */
export interface FieldExample<T extends QuestionType = QuestionType> {
  /** What the example shows, e.g. "a licence plate". */
  readonly name: string;
  readonly question: QuestionOfType<T>;
  /** The question's texts by catalogue key below `permit.field-examples.q.`: `<id>.label`, `<id>.why`, `<id>.option.<value>` … */
  readonly texts: Readonly<Record<string, string>>;
  /** What the form holds before anything is typed, as a step starts it (a check-box group: an empty list); none when absent. */
  readonly empty?: AnswerValue;
  /** A wrong or missing answer, and the messages the step shows per field path (`<id>` or `<id>.<part>`). */
  readonly invalid: { readonly answer?: AnswerValue; readonly errors: Readonly<Record<string, string>> };
  /** The answer as a person types it. */
  readonly filled: AnswerValue;
}

/** Examples for every question type: a type without examples does not compile. */
export type FieldExamples = { readonly [T in QuestionType]: readonly FieldExample<T>[] };
