import type { AnswerValue, NumberQuestion } from '../definition';
import type { NormalizedAnswer } from '../NormalizedAnswer';
import { fitByShape } from './fitByShape';
import { invalidAnswer } from './invalidAnswer';
import type { QuestionTypeBehaviour } from './QuestionTypeBehaviour';
import { noDefinitionProblems, startsEmpty, noStrayParts, noTextKeys } from './simpleAnswer';
import { numberFormat } from '../../validation';

/** A number as people type it in Dutch or English, sent as a number; whole unless `integer: false`. */
export const numberType: QuestionTypeBehaviour<NumberQuestion> = {
  typedText: 'line',
  normalize: normalizeNumber,
  strayParts: noStrayParts,
  fit: (_question, answer) => fitByShape(answer, typeof answer === 'string' || typeof answer === 'number'),
  canHold: (_question, value) => typeof value === 'number',
  definitionProblems: noDefinitionProblems,
  textKeys: noTextKeys,
  // Written the language's way ("1.500" in Dutch); a typed text that is not a number yet stays as typed.
  show: (value, { tag }) => (typeof value === 'number' ? numberFormat(tag).format(value) : String(value)),
  blank: startsEmpty,
  inGroups: true,
};

function normalizeNumber(question: NumberQuestion, raw: AnswerValue): NormalizedAnswer {
  const { min, max } = question;
  const integer = question.integer ?? true;
  const invalid = (code: string, params?: Record<string, number>) => invalidAnswer(question.id, code, params);
  // People type "1.500" or "1 500" for fifteen hundred and "2,5" for two and a half; a dot not
  // followed by groups of three digits is a decimal point, as English speakers write "2.4".
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  const parsed =
    typeof raw === 'number'
      ? raw
      : text === undefined
        ? Number.NaN
        : /^-?\d+\.\d+$/.test(text) && !/^-?\d{1,3}(\.\d{3})+$/.test(text)
          ? Number(text)
          : /^-?[\d\s.]*(,\d+)?$/.test(text)
            ? Number(text.replace(/[\s.]/g, '').replace(',', '.'))
            : Number.NaN;
  if (!Number.isFinite(parsed)) return invalid('number.notANumber');
  if (integer && !Number.isInteger(parsed)) return invalid('number.notWhole');
  if (min !== undefined && parsed < min) return invalid('number.tooSmall', { min });
  if (max !== undefined && parsed > max) return invalid('number.tooLarge', { max });
  return { status: 'valid', value: parsed };
}
