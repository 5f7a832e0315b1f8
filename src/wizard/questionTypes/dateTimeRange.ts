import { formatLongDate, formatTimeOfDay, validateDate, validatePlainText, validateTime, type ValidationResult } from '../../validation';
import type { AnswerValue, DateTimeRangeAnswer, DateTimeRangeQuestion } from '../definition';
import type { FieldError } from '../FieldError';
import type { NormalizedAnswer } from '../NormalizedAnswer';
import { fitByShape } from './fitByShape';
import type { QuestionTypeBehaviour } from './QuestionTypeBehaviour';
import { noDefinitionProblems, startsEmpty, noStrayParts, noTextKeys } from './simpleAnswer';

const parts = ['startDate', 'startTime', 'endDate', 'endTime'] as const;

/**
 * A period with a start and an end, each a date and a time of day, shown in the person's language
 * as "Van 20 juni 2027 om 14:00 tot 20 juni 2027 om 23:00".
 */
export const dateTimeRangeType: QuestionTypeBehaviour<DateTimeRangeQuestion> = {
  typedText: 'line',
  normalize: normalizeDateTimeRange,
  // Unknown parts are refused by `normalize` itself, each at its own box.
  strayParts: noStrayParts,
  fit: (_question, answer) =>
    fitByShape(
      answer,
      typeof answer === 'object' && answer !== null && !Array.isArray(answer) && Object.entries(answer).every(([part, value]) => (parts as readonly string[]).includes(part) && typeof value === 'string'),
    ),
  canHold: () => false,
  definitionProblems: noDefinitionProblems,
  textKeys: noTextKeys,
  show(value, { t, tag }) {
    if (typeof value !== 'object' || Array.isArray(value) || !('startTime' in value)) return '';
    return t('answer.dateTimeRange', {
      startDate: formatLongDate(value.startDate, tag),
      startTime: formatTimeOfDay(value.startTime, tag),
      endDate: formatLongDate(value.endDate, tag),
      endTime: formatTimeOfDay(value.endTime, tag),
    });
  },
  blank: startsEmpty,
  inGroups: true,
};

/**
 * Checks a date-time range part by part, like an address: each missing or wrong part gets its own
 * message at its own box (`questionId.startTime`), and only a complete range is compared. The
 * start date follows the question's date rules; the end must come after the start.
 */
function normalizeDateTimeRange(question: DateTimeRangeQuestion, raw: AnswerValue, today: string): NormalizedAnswer {
  const field = question.id;
  if (typeof raw !== 'object' || Array.isArray(raw)) return { status: 'invalid', errors: [{ field, code: 'answer.wrongType' }] };
  const range = raw as unknown as Partial<Record<string, unknown>>;
  const errors: FieldError[] = Object.keys(range)
    .filter((part) => !(parts as readonly string[]).includes(part))
    .map((part) => ({ field: `${field}.${part}`, code: 'answer.unknown' }));
  const checks: Record<(typeof parts)[number], (text: string) => ValidationResult> = {
    startDate: (text) => validateDate(text, question.rules ?? {}, today),
    startTime: validateTime,
    endDate: (text) => validateDate(text, {}, today),
    endTime: validateTime,
  };
  const value: Partial<Record<(typeof parts)[number], string>> = {};
  for (const part of parts) {
    const typed = range[part];
    const at = `${field}.${part}`;
    if (typed !== undefined && typeof typed !== 'string') errors.push({ field: at, code: 'answer.wrongType' });
    else if (typed === undefined || typed.trim() === '') errors.push({ field: at, code: `dateTimeRange.${part}.required` });
    else {
      const plain = validatePlainText(typed, 'line');
      const result = plain.ok ? checks[part](typed) : plain;
      if (result.ok) value[part] = result.value;
      else errors.push(result.params ? { field: at, code: result.code, params: result.params } : { field: at, code: result.code });
    }
  }
  if (errors.length > 0) return { status: 'invalid', errors };
  const complete = value as DateTimeRangeAnswer;
  // ISO dates and HH:MM times sort as text, so comparing the joined strings compares the moments.
  if (`${complete.endDate}T${complete.endTime}` <= `${complete.startDate}T${complete.startTime}`) {
    // Point at the part that is most likely wrong: the date when the end day is earlier, else the time.
    const part = complete.endDate < complete.startDate ? 'endDate' : 'endTime';
    return { status: 'invalid', errors: [{ field: `${field}.${part}`, code: 'dateTimeRange.endBeforeStart' }] };
  }
  return { status: 'valid', value: complete };
}
