import { formatAddressLines, formatDateNl } from '../validation';
import type { Translator } from '../i18n';
import { isGroupEntry, textKeys, type AnswerValue, type GroupEntry, type GroupQuestion, type PermitDefinition, type Question } from '../wizard';

/**
 * An answer as a person reads it back on the check page and the receipt: option labels instead
 * of values, "Ja"/"Nee", an address on two lines, a date as dd-mm-jjjj, a period as
 * "Van 20-06-2027 om 14:00 tot 20-06-2027 om 23:00", each entry of a group on a line of its own.
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
    case 'group':
      return Array.isArray(value) ? value.filter(isGroupEntry).map((entry, index) => formatEntry(translator, permit, question, entry, index)).join('\n') : '';
    default:
      return String(value);
  }
}

/** "Kenteken 2: Buitenland, B-123-XY": the entry's title, then its answers in the order asked. */
function formatEntry(translator: Translator, permit: PermitDefinition, group: GroupQuestion, entry: GroupEntry, index: number): string {
  const answers = group.items.filter((item) => entry[item.id] !== undefined).map((item) => formatAnswer(translator, permit, item, entry[item.id]));
  return `${translator.t(textKeys.groupEntry(permit, group), { number: index + 1 })}: ${answers.join(', ')}`;
}
