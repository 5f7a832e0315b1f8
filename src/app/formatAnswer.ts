import type { Translator } from '../i18n';
import { showAnswer, type AnswerValue, type PermitDefinition, type Question } from '../wizard';

/**
 * An answer as a person reads it back on the check page and the receipt, in the translator's
 * language; each question type says how (`showAnswer`).
 */
export function formatAnswer(translator: Translator, permit: PermitDefinition, question: Question, value: AnswerValue | undefined): string {
  return showAnswer(permit, question, value, translator);
}
