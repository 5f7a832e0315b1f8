import { formatAddressLines, validatePlainText, validatePostcode } from '../../validation';
import type { AddressAnswer, AddressQuestion, AnswerValue } from '../definition';
import type { FieldError } from '../FieldError';
import type { NormalizedAnswer } from '../NormalizedAnswer';
import { fitByShape } from './fitByShape';
import type { QuestionTypeBehaviour } from './QuestionTypeBehaviour';
import { noDefinitionProblems, startsEmpty, noStrayParts, noTextKeys } from './simpleAnswer';

/** Longest accepted part of an address (characters); no real street or place is longer. */
const ADDRESS_PART_MAX_LENGTH = 100;

const requiredAddressParts = ['postcode', 'houseNumber', 'street', 'city'] as const;
const optionalAddressParts = ['houseLetter', 'addition'] as const;

/**
 * A Dutch address in its parts, each checked at its own box (`questionId.postcode`), shown on two
 * lines. Not an item of a group: its lookup fills one answer.
 */
export const addressType: QuestionTypeBehaviour<AddressQuestion> = {
  typedText: 'line',
  normalize: (question, raw) => normalizeAddress(question.id, raw),
  // Unknown parts are refused by `normalize` itself, each at its own box.
  strayParts: noStrayParts,
  fit: (_question, answer) =>
    fitByShape(answer, typeof answer === 'object' && answer !== null && !Array.isArray(answer) && Object.values(answer).every((part) => part === undefined || typeof part === 'string')),
  canHold: () => false,
  definitionProblems: noDefinitionProblems,
  textKeys: noTextKeys,
  show: (value) => (typeof value !== 'object' || Array.isArray(value) || !('street' in value) ? '' : formatAddressLines(value).join('\n')),
  blank: startsEmpty,
  inGroups: false,
};

function normalizeAddress(field: string, raw: AnswerValue): NormalizedAnswer {
  if (typeof raw !== 'object' || Array.isArray(raw)) return { status: 'invalid', errors: [{ field, code: 'answer.wrongType' }] };
  const address = raw as Partial<Record<keyof AddressAnswer, unknown>>;
  const allowed: readonly string[] = [...requiredAddressParts, ...optionalAddressParts];
  const errors: FieldError[] = Object.keys(address)
    .filter((part) => !allowed.includes(part))
    .map((part) => ({ field: `${field}.${part}`, code: 'answer.unknown' }));
  const parts: Record<string, string> = {};
  for (const part of allowed) {
    const value = address[part as keyof AddressAnswer];
    if (value !== undefined && typeof value !== 'string') errors.push({ field: `${field}.${part}`, code: 'answer.wrongType' });
    else if (value !== undefined && !validatePlainText(value, 'line').ok) errors.push({ field: `${field}.${part}`, code: 'text.unsafe' });
    const text = typeof value === 'string' ? value.trim() : '';
    if (text.length > ADDRESS_PART_MAX_LENGTH) errors.push({ field: `${field}.${part}`, code: 'text.tooLong', params: { max: ADDRESS_PART_MAX_LENGTH } });
    if (text !== '') parts[part] = text;
  }
  for (const part of requiredAddressParts) {
    if (!parts[part]) errors.push({ field: `${field}.${part}`, code: `address.${part}.required` });
  }
  if (parts.postcode) {
    const postcode = validatePostcode(parts.postcode);
    if (postcode.ok) parts.postcode = postcode.value;
    else errors.push({ field: `${field}.postcode`, code: postcode.code });
  }
  if (parts.houseNumber && !/^[1-9]\d{0,4}$/.test(parts.houseNumber)) {
    errors.push({ field: `${field}.houseNumber`, code: 'address.houseNumber.format' });
  }
  if (parts.houseLetter && !/^[a-zA-Z]$/.test(parts.houseLetter)) {
    errors.push({ field: `${field}.houseLetter`, code: 'address.houseLetter.format' });
  }
  if (errors.length > 0) return { status: 'invalid', errors };
  return { status: 'valid', value: parts as unknown as AddressAnswer };
}
