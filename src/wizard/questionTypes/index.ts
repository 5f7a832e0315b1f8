import { validatePlainText } from '../../validation';
import { isAnswered } from '../conditions';
import type { AnswerScalar, AnswerValue, GroupEntry, GroupItemAnswer, GroupItemQuestion, GroupQuestion, PermitDefinition, Question, QuestionType } from '../definition';
import type { FieldError } from '../FieldError';
import type { NormalizedAnswer } from '../NormalizedAnswer';
import { textKeys } from '../textKeys';
import { addressType } from './address';
import { choiceType, multiChoiceType } from './choice';
import { dateType } from './date';
import { dateTimeRangeType } from './dateTimeRange';
import { fileType } from './file';
import { blankEntryWith, groupType } from './group';
import { numberType } from './number';
import type { AnswerLanguage, FittedAnswer, QuestionTypeBehaviour } from './QuestionTypeBehaviour';
import { emailType, longTextType, phoneType, textType } from './typedText';
import { yesNoType } from './yesNo';

/*
 * The question types: one entry per `QuestionType`, each in its own module, and the functions the
 * rest of the engine asks them through. A new type gets a module and a line here; the
 * `satisfies` below fails to compile until it has every behaviour.
 */

type QuestionOfType<T extends QuestionType> = Extract<Question, { readonly type: T }>;

const questionTypes = {
  text: textType,
  longText: longTextType,
  number: numberType,
  date: dateType,
  choice: choiceType,
  multiChoice: multiChoiceType,
  yesNo: yesNoType,
  address: addressType,
  email: emailType,
  phone: phoneType,
  dateTimeRange: dateTimeRangeType,
  file: fileType,
  // Function declarations are hoisted: the group's items are handled by the same functions as questions.
  group: groupType({ normalize: normalizeAnswer, fit: fitAnswer, textKeys: questionTextKeys, show: showAnswer, blank: blankInEntry }),
} satisfies { readonly [T in QuestionType]: QuestionTypeBehaviour<QuestionOfType<T>> };

/**
 * The behaviour of a question's own type. The one cast of the registry: TypeScript cannot follow
 * that `questionTypes[question.type]` is the entry for exactly that question's interface (the
 * `satisfies` above is what guarantees it).
 */
function behaviourOf<Q extends Question>(question: Q): QuestionTypeBehaviour<Q> {
  return questionTypes[question.type] as unknown as QuestionTypeBehaviour<Q>;
}

/**
 * Checks one answer and turns it into the form that is sent: trimmed text, `1234AB` postcodes, ISO
 * dates, numbers as numbers, yes/no as booleans, a group as its filled-in entries. Accepts both what
 * a person typed and an already normalised value, because the intake service re-checks what the
 * wizard sent.
 *
 * @param today ISO date (`YYYY-MM-DD`) in the municipality's time zone, for date rules.
 */
export function normalizeAnswer(question: Question, raw: AnswerValue | undefined, today: string): NormalizedAnswer {
  const behaviour = behaviourOf(question);
  // Before any format, and before a blank answer counts as empty: whatever a question asks, a typed
  // answer holds no control or invisible characters (so the e-mail check, which allows almost
  // anything before the @, cannot let a NUL through, and a vertical tab is not trimmed away unseen).
  if (typeof raw === 'string') {
    const plain = validatePlainText(raw, behaviour.typedText);
    if (!plain.ok) return { status: 'invalid', errors: [{ field: question.id, code: plain.code }] };
  }
  if (raw === undefined || !isAnswered(raw)) return { status: 'empty' };
  return behaviour.normalize(question, raw, today);
}

/** Fields of a submitted answer that the question does not ask and normalising passes by (see `QuestionTypeBehaviour.strayParts`). */
export function strayAnswerParts(question: Question, raw: AnswerValue | undefined, today: string): FieldError[] {
  return behaviourOf(question).strayParts(question, raw, today);
}

/** Whether a raw answer (as typed, or as normalised earlier) still fits the question after the form changed. */
export function fitAnswer(question: Question, answer: AnswerValue): FittedAnswer {
  return behaviourOf(question).fit(question, answer);
}

/** Whether a condition could ever find the question's normalised answer matching `value`. */
export function canHold(question: Question, value: AnswerScalar): boolean {
  return behaviourOf(question).canHold(question, value);
}

/** What a definition can get wrong in a question's settings for its type (`at` says where, for the message). */
export function typeDefinitionProblems(question: Question, at: string): string[] {
  return behaviourOf(question).definitionProblems(question, at);
}

/** Whether an entry of a repeating group can ask a question of this type; `false` too for a type no definition can have. */
export function canAskInGroups(type: string): boolean {
  return (questionTypes as Readonly<Partial<Record<string, { readonly inGroups: boolean }>>>)[type]?.inGroups ?? false;
}

/** The texts a question needs in every language: its label, why we ask, and those of its type (options, a group's buttons). */
export function questionTextKeys(permit: PermitDefinition, question: Question): string[] {
  return [textKeys.label(permit, question), textKeys.why(permit, question), ...behaviourOf(question).textKeys(permit, question)];
}

/**
 * An answer as a person reads it back on the check page and the receipt: option labels instead of
 * values, "Ja"/"Nee", an address on two lines, dates, times and numbers as `Intl` writes them in the
 * language ("20 juni 2027", "1.500"), a period as "Van 20 juni 2027 om 14:00 tot 20 juni 2027 om
 * 23:00", each entry of a group on a line of its own.
 *
 * @param language the person's language: its texts and its tag.
 */
export function showAnswer(permit: PermitDefinition, question: Question, value: AnswerValue | undefined, language: AnswerLanguage): string {
  if (value === undefined) return language.t('check.notAnswered');
  return behaviourOf(question).show(value, { permit, question, t: language.t, tag: language.tag });
}

/**
 * What a question holds before the person touches it, as a form starts with it (a check-box list:
 * an empty list; a repeating group: its first blank entries); `undefined` for nothing.
 */
export function blankAnswer(question: Question): AnswerValue | undefined {
  return behaviourOf(question).blank(question);
}

/** What an item holds in a new, blank entry of its group (see {@link blankAnswer}). */
function blankInEntry(item: GroupItemQuestion): GroupItemAnswer | undefined {
  return behaviourOf(item).blank(item);
}

/** A new, blank entry of a repeating group, with what each item holds before it is touched. */
export function blankEntry(group: GroupQuestion): GroupEntry {
  return blankEntryWith(group, blankInEntry);
}

export { DEFAULT_MAX_LENGTH } from './typedText';
export { DEFAULT_MAX_FILE_BYTES, FILE_KIND_MIME, isFileQuestion } from './file';
export { judgeEntry, minEntries } from './normalizeGroup';
export type { AnswerLanguage, FittedAnswer, QuestionTypeBehaviour, ShowContext, TextLookup } from './QuestionTypeBehaviour';
