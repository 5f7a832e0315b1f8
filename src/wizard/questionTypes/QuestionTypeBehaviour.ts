import type { TextKind } from '../../validation';
import type { AnswerScalar, AnswerValue, GroupItemAnswer, GroupItemQuestion, PermitDefinition, Question } from '../definition';
import type { FieldError } from '../FieldError';
import type { NormalizedAnswer } from '../NormalizedAnswer';

/**
 * Whether an old draft's answer still fits its question after the form changed: kept as it is,
 * kept in part (some chosen options or group items no longer exist; `removed` names them), or
 * dropped, and why (see `openDraftWithDefinition`).
 */
export type FittedAnswer =
  | { readonly kind: 'kept'; readonly value: AnswerValue }
  | { readonly kind: 'trimmed'; readonly value: AnswerValue; readonly removed: readonly string[] }
  | { readonly kind: 'removed'; readonly reason: 'typeChanged' | 'optionRemoved' };

/**
 * A translated text by its catalogue key, with `{name}` parameters filled in: the engine names the
 * texts an answer is shown with, the caller looks them up (the engine sits below `src/i18n`).
 */
export type TextLookup = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * The language an answer is read back in: its texts, and its BCP 47 tag for the dates and numbers
 * `Intl` writes (a `Translator` is one).
 */
export interface AnswerLanguage {
  readonly t: TextLookup;
  readonly tag: string;
}

/** What showing an answer needs besides the answer. */
export interface ShowContext<Q extends Question> extends AnswerLanguage {
  readonly permit: PermitDefinition;
  readonly question: Q;
}

/**
 * Everything the engine does differently per kind of question, in one place per kind: the
 * registry (`questionTypes/index.ts`) holds one of these for every `QuestionType`, so a new type
 * that forgets one of them does not compile.
 */
export interface QuestionTypeBehaviour<Q extends Question> {
  /**
   * Which characters a typed string may hold, whatever the question asks (checked before it counts
   * as empty): `lines` lets line breaks through, `line` does not (see `validatePlainText`).
   */
  readonly typedText: Extract<TextKind, 'line' | 'lines'>;
  /**
   * Checks an answered `raw` (as typed, or as normalised before: the intake service re-checks what
   * the wizard sent) and returns the form it is sent in, or its errors at `question.id` or its parts.
   *
   * @param today ISO date (`YYYY-MM-DD`) in the municipality's time zone, for date rules.
   */
  normalize(question: Q, raw: AnswerValue, today: string): NormalizedAnswer;
  /**
   * Fields a submitted answer holds that the question does not ask and that `normalize` passes by
   * without a word (it sends only what it knows): the intake service refuses them (data minimisation).
   */
  strayParts(question: Q, raw: AnswerValue | undefined, today: string): FieldError[];
  /** Whether an old draft's raw answer still has a shape this question takes (see {@link FittedAnswer}). */
  fit(question: Q, answer: AnswerValue): FittedAnswer;
  /** Whether a condition's `equals`, `oneOf`, `includes` or threshold could ever find this answer matching `value`. */
  canHold(question: Q, value: AnswerScalar): boolean;
  /** What a definition can get wrong in this question's settings, in plain words for the developer (`at` says where). */
  definitionProblems(question: Q, at: string): string[];
  /** The text keys this question needs in every language beyond its label and why (e.g. one per option). */
  textKeys(permit: PermitDefinition, question: Q): string[];
  /** An answer as a person reads it back on the check page and the receipt. */
  show(value: AnswerValue, context: ShowContext<Q>): string;
  /**
   * What the question holds before the person touches it, as a form (or a new entry of a repeating
   * group) starts with it: a check-box list an empty list, so "nothing chosen" is a list and not the
   * lone `false` a form library reports; a repeating group the blank entries it needs. `undefined`
   * for nothing.
   */
  blank(question: Q): (Q extends GroupItemQuestion ? GroupItemAnswer : AnswerValue) | undefined;
  /** Whether an entry of a repeating group can ask it: follows `GroupItemQuestion`, for definitions built from data. */
  readonly inGroups: Q extends GroupItemQuestion ? true : false;
}
