import { formatAddressLines, formatDateNl } from '../validation';
import type { Translator } from '../i18n';
import { textKeys, type AnswerValue, type PermitDefinition, type Question } from '../wizard';

/**
 * An answer as a person reads it back on the check page and the receipt: option labels instead
 * of values, "Ja"/"Nee", an address on two lines, a date as dd-mm-jjjj, a period as
 * "Van 20-06-2027 om 14:00 tot 20-06-2027 om 23:00".
 */
export function formatAnswer(translator: Translator, permit: PermitDefinition, question: Question, value: AnswerValue | undefined): string {
  if (value === undefined) return translator.t('check.notAnswered');
  switch (question.type) {
    case 'choice':
      return typeof value === 'string' ? translator.t(textKeys.option(permit, question, value)) : '';
    case 'multiChoice':
      return Array.isArray(value)
        ? value.map((option) => (typeof option === 'string' ? translator.t(textKeys.option(permit, question, option)) : '')).join(', ')
        : '';
    case 'yesNo':
      return translator.t(value === true ? 'field.yes' : 'field.no');
    case 'date':
      return typeof value === 'string' ? formatDateNl(value) : '';
    case 'address': {
      if (typeof value !== 'object' || Array.isArray(value) || !('street' in value)) return '';
      return formatAddressLines(value).join('\n');
    }
    case 'dateTimeRange': {
      if (typeof value !== 'object' || Array.isArray(value) || !('startTime' in value)) return '';
      return translator.t('answer.dateTimeRange', {
        startDate: formatDateNl(value.startDate),
        startTime: value.startTime,
        endDate: formatDateNl(value.endDate),
        endTime: value.endTime,
      });
    }
    case 'file':
      return Array.isArray(value) ? value.map((file) => (typeof file === 'object' ? file.name : '')).join(', ') : '';
    default:
      return String(value);
  }
}
