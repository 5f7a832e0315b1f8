import {
  validateBsn,
  validateDutchPhone,
  validateEmail,
  validateIban,
  validateKenteken,
  validateKvkNumber,
  validatePostcode,
  validateVestigingsnummer,
  type ValidationResult,
} from '../../validation';
import type { AnswerScalar, AnswerValue, EmailQuestion, LongTextQuestion, PhoneQuestion, TextFormat, TextQuestion } from '../definition';
import type { NormalizedAnswer } from '../NormalizedAnswer';
import { fitByShape } from './fitByShape';
import { answerFrom, invalidAnswer } from './invalidAnswer';
import type { QuestionTypeBehaviour } from './QuestionTypeBehaviour';
import { noDefinitionProblems, startsEmpty, noStrayParts, noTextKeys } from './simpleAnswer';

/*
 * The questions answered by typing one line or a few: `text` (with its Dutch formats), `longText`,
 * `email` and `phone`. The answer is the string typed, checked and tidied; it is shown as it is.
 */

/** Longest accepted text when a question sets no `maxLength` (characters). */
export const DEFAULT_MAX_LENGTH = { text: 200, longText: 2000 } as const;

const textFormatValidators: Record<TextFormat, (raw: string) => ValidationResult> = {
  bsn: validateBsn,
  kvk: validateKvkNumber,
  vestigingsnummer: validateVestigingsnummer,
  iban: validateIban,
  kenteken: validateKenteken,
  postcode: validatePostcode,
};

/** What the typed-text types share: a string kept as the person typed it in an old draft, shown as it is. */
const typedString = {
  typedText: 'line',
  strayParts: noStrayParts,
  fit: (_question: unknown, answer: AnswerValue) => fitByShape(answer, typeof answer === 'string'),
  canHold: (_question: unknown, value: AnswerScalar) => typeof value === 'string',
  definitionProblems: noDefinitionProblems,
  textKeys: noTextKeys,
  show: (value: AnswerValue) => String(value),
  blank: startsEmpty,
  inGroups: true,
} as const;

/** The trimmed text, or why it is refused: not a text at all, or longer than `maxLength` characters. */
function trimmedWithin(field: string, raw: AnswerValue, maxLength: number): string | NormalizedAnswer {
  if (typeof raw !== 'string') return invalidAnswer(field, 'answer.wrongType');
  const text = raw.trim();
  return text.length > maxLength ? invalidAnswer(field, 'text.tooLong', { max: maxLength }) : text;
}

function maxLengthProblems(question: TextQuestion | LongTextQuestion, at: string): string[] {
  return question.maxLength !== undefined && !(question.maxLength > 0) ? [`${at}: maxLength must be positive`] : [];
}

export const textType: QuestionTypeBehaviour<TextQuestion> = {
  ...typedString,
  normalize(question, raw) {
    const trimmed = trimmedWithin(question.id, raw, question.maxLength ?? DEFAULT_MAX_LENGTH.text);
    if (typeof trimmed !== 'string') return trimmed;
    return question.format ? answerFrom(question.id, textFormatValidators[question.format](trimmed)) : { status: 'valid', value: trimmed };
  },
  definitionProblems: maxLengthProblems,
};

export const longTextType: QuestionTypeBehaviour<LongTextQuestion> = {
  ...typedString,
  // A long text may run over several lines, so line breaks are typed text here.
  typedText: 'lines',
  normalize(question, raw) {
    const trimmed = trimmedWithin(question.id, raw, question.maxLength ?? DEFAULT_MAX_LENGTH.longText);
    return typeof trimmed === 'string' ? { status: 'valid', value: trimmed } : trimmed;
  },
  definitionProblems: maxLengthProblems,
};

export const emailType: QuestionTypeBehaviour<EmailQuestion> = {
  ...typedString,
  normalize: (question, raw) => (typeof raw === 'string' ? answerFrom(question.id, validateEmail(raw)) : invalidAnswer(question.id, 'answer.wrongType')),
};

export const phoneType: QuestionTypeBehaviour<PhoneQuestion> = {
  ...typedString,
  normalize: (question, raw) =>
    typeof raw === 'string'
      ? answerFrom(question.id, validateDutchPhone(raw, { allowInternational: question.allowInternational ?? false }))
      : invalidAnswer(question.id, 'answer.wrongType'),
};
