import type { AnswerScalar, ChoiceQuestion, MultiChoiceQuestion, PermitDefinition } from '../definition';
import { textKeys } from '../textKeys';
import { fitByShape, TYPE_CHANGED } from './fitByShape';
import { invalidAnswer } from './invalidAnswer';
import type { QuestionTypeBehaviour } from './QuestionTypeBehaviour';
import { startsEmpty, noStrayParts } from './simpleAnswer';

/*
 * The questions answered by choosing among a definition's options: one (`choice`, radio buttons)
 * or several (`multiChoice`, check boxes). The answer holds option values; a person reads their labels.
 */

type OptionsQuestion = ChoiceQuestion | MultiChoiceQuestion;

const OPTION_REMOVED = { kind: 'removed', reason: 'optionRemoved' } as const;

/** What both share: one label per option, at least two different options, conditions on option values. */
const withOptions = {
  typedText: 'line',
  strayParts: noStrayParts,
  canHold: (question: OptionsQuestion, value: AnswerScalar) => typeof value === 'string' && question.options.includes(value),
  definitionProblems: (question: OptionsQuestion, at: string) =>
    question.options.length < 2 || new Set(question.options).size !== question.options.length ? [`${at}: needs at least two different options`] : [],
  textKeys: (permit: PermitDefinition, question: OptionsQuestion) => question.options.map((value) => textKeys.option(permit, question, value)),
  inGroups: true,
} as const;

export const choiceType: QuestionTypeBehaviour<ChoiceQuestion> = {
  ...withOptions,
  normalize: (question, raw) =>
    typeof raw === 'string' && question.options.includes(raw) ? { status: 'valid', value: raw } : invalidAnswer(question.id, 'choice.unknown'),
  fit(question, answer) {
    if (typeof answer !== 'string') return TYPE_CHANGED;
    return question.options.includes(answer) ? fitByShape(answer, true) : OPTION_REMOVED;
  },
  show: (value, { permit, question, t }) => (typeof value === 'string' ? t(textKeys.option(permit, question, value)) : ''),
  blank: startsEmpty,
};

export const multiChoiceType: QuestionTypeBehaviour<MultiChoiceQuestion> = {
  ...withOptions,
  normalize(question, raw) {
    if (!Array.isArray(raw) || raw.some((value) => typeof value !== 'string' || !question.options.includes(value))) {
      return invalidAnswer(question.id, 'choice.unknown');
    }
    // In the definition's order, each once, however the boxes were ticked.
    const chosen = question.options.filter((option) => raw.includes(option));
    const minSelected = question.minSelected ?? 1;
    return chosen.length < minSelected ? invalidAnswer(question.id, 'multiChoice.tooFew', { min: minSelected }) : { status: 'valid', value: chosen };
  },
  // The choices that still exist are kept, and the person is told which went.
  fit(question, answer) {
    if (!Array.isArray(answer) || !answer.every((value: unknown) => typeof value === 'string')) return TYPE_CHANGED;
    const values = answer as readonly string[];
    const still = values.filter((value) => question.options.includes(value));
    if (still.length === values.length) return fitByShape(answer, true);
    if (still.length === 0) return OPTION_REMOVED;
    return { kind: 'trimmed', value: still, removed: values.filter((value) => !question.options.includes(value)) };
  },
  show: (value, { permit, question, t }) =>
    Array.isArray(value) ? value.map((option) => (typeof option === 'string' ? t(textKeys.option(permit, question, option)) : '')).join(', ') : '',
  // "Nothing ticked" is an empty list, not the lone `false` a form library reports for untouched boxes.
  blank: () => [],
};
