import {
  isPlainFileName,
  validateBsn,
  validateDate,
  validateDutchPhone,
  validateEmail,
  validateIban,
  validateKenteken,
  validateKvkNumber,
  validatePlainText,
  validatePostcode,
  validateVestigingsnummer,
  type ValidationResult,
} from '../validation';
import { isAnswered } from './conditions';
import type { AddressAnswer, AnswerValue, FileAnswer, FileKind, FileQuestion, Question, TextFormat } from './definition';
import type { FieldError } from './FieldError';
import type { NormalizedAnswer } from './NormalizedAnswer';
import { normalizeDateTimeRange } from './normalizeDateTimeRange';
import { normalizeGroup } from './normalizeGroup';

/** Longest accepted text when a question sets no `maxLength` (characters). */
export const DEFAULT_MAX_LENGTH = { text: 200, longText: 2000 } as const;

/** Longest accepted part of an address (characters); no real street or place is longer. */
const ADDRESS_PART_MAX_LENGTH = 100;

const textFormatValidators: Record<TextFormat, (raw: string) => ValidationResult> = {
  bsn: validateBsn,
  kvk: validateKvkNumber,
  vestigingsnummer: validateVestigingsnummer,
  iban: validateIban,
  kenteken: validateKenteken,
  postcode: validatePostcode,
};

/**
 * Checks one answer and turns it into the form that is sent: trimmed text, `1234AB`
 * postcodes, ISO dates, numbers as numbers, yes/no as booleans, a group as its filled-in entries. Accepts both what a person
 * typed and an already normalised value, because the intake service re-checks what the wizard sent.
 *
 * @param today ISO date (`YYYY-MM-DD`) in the municipality's time zone, for date rules.
 */
export function normalizeAnswer(question: Question, raw: AnswerValue | undefined, today: string): NormalizedAnswer {
  const field = question.id;
  const invalid = (code: string, params?: Record<string, string | number>): NormalizedAnswer => ({
    status: 'invalid',
    errors: [params ? { field, code, params } : { field, code }],
  });
  const fromResult = (result: ValidationResult): NormalizedAnswer =>
    result.ok ? { status: 'valid', value: result.value } : invalid(result.code, result.params);
  // Before any format, and before a blank answer counts as empty: whatever a question asks, a typed
  // answer holds no control or invisible characters (so the e-mail check, which allows almost
  // anything before the @, cannot let a NUL through, and a vertical tab is not trimmed away unseen).
  if (typeof raw === 'string') {
    const plain = validatePlainText(raw, question.type === 'longText' ? 'lines' : 'line');
    if (!plain.ok) return invalid(plain.code);
  }
  if (raw === undefined || !isAnswered(raw)) return { status: 'empty' };

  switch (question.type) {
    case 'text':
    case 'longText': {
      if (typeof raw !== 'string') return invalid('answer.wrongType');
      const text = raw.trim();
      const maxLength = question.maxLength ?? DEFAULT_MAX_LENGTH[question.type];
      if (text.length > maxLength) return invalid('text.tooLong', { max: maxLength });
      if (question.type === 'text' && question.format) return fromResult(textFormatValidators[question.format](text));
      return { status: 'valid', value: text };
    }
    case 'email':
      return typeof raw === 'string' ? fromResult(validateEmail(raw)) : invalid('answer.wrongType');
    case 'phone':
      return typeof raw === 'string'
        ? fromResult(validateDutchPhone(raw, { allowInternational: question.allowInternational ?? false }))
        : invalid('answer.wrongType');
    case 'date':
      return typeof raw === 'string' ? fromResult(validateDate(raw, question.rules ?? {}, today)) : invalid('answer.wrongType');
    case 'number':
      return normalizeNumber(question.min, question.max, question.integer ?? true, raw, invalid);
    case 'yesNo':
      if (raw === true || raw === 'yes') return { status: 'valid', value: true };
      if (raw === false || raw === 'no') return { status: 'valid', value: false };
      return invalid('yesNo.invalid');
    case 'choice':
      return typeof raw === 'string' && question.options.includes(raw)
        ? { status: 'valid', value: raw }
        : invalid('choice.unknown');
    case 'multiChoice': {
      if (!Array.isArray(raw) || raw.some((value) => typeof value !== 'string' || !question.options.includes(value))) {
        return invalid('choice.unknown');
      }
      const chosen = question.options.filter((option) => raw.includes(option));
      const minSelected = question.minSelected ?? 1;
      return chosen.length < minSelected ? invalid('multiChoice.tooFew', { min: minSelected }) : { status: 'valid', value: chosen };
    }
    case 'address':
      return normalizeAddress(field, raw);
    case 'dateTimeRange':
      return normalizeDateTimeRange(question, raw, today);
    case 'file':
      return normalizeFiles(question, raw, invalid);
    case 'group':
      return normalizeGroup(question, raw, today, normalizeAnswer);
  }
}

/** MIME type per accepted file kind. */
export const FILE_KIND_MIME: Readonly<Record<FileKind, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** Default size limit of one attached file (bytes). */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

function normalizeFiles(
  question: FileQuestion,
  raw: AnswerValue,
  invalid: (code: string, params?: Record<string, string | number>) => NormalizedAnswer,
): NormalizedAnswer {
  if (!Array.isArray(raw)) return invalid('answer.wrongType');
  const files: FileAnswer[] = [];
  for (const item of raw as readonly unknown[]) {
    if (typeof item !== 'object' || item === null) return invalid('answer.wrongType');
    const { name, type, size } = item as Record<string, unknown>;
    if (typeof name !== 'string' || name.length === 0 || name.length > 255 || typeof type !== 'string' || typeof size !== 'number') {
      return invalid('answer.wrongType');
    }
    files.push({ name, type, size });
  }
  if (files.some((file) => !isPlainFileName(file.name))) return invalid('file.name');
  const maxFiles = question.maxFiles ?? 1;
  const maxBytes = question.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const allowedTypes = question.accept.map((kind) => FILE_KIND_MIME[kind]);
  if (files.length > maxFiles) return invalid('file.tooMany', { max: maxFiles });
  if (files.some((file) => !Number.isInteger(file.size) || file.size <= 0)) return invalid('file.empty');
  if (files.some((file) => file.size > maxBytes)) return invalid('file.tooLarge', { maxMb: Math.floor(maxBytes / 1024 / 1024) });
  if (files.some((file) => !allowedTypes.includes(file.type))) return invalid('file.type', { allowed: question.accept.join(', ').toUpperCase() });
  return { status: 'valid', value: files };
}

function normalizeNumber(
  min: number | undefined,
  max: number | undefined,
  integer: boolean,
  raw: AnswerValue,
  invalid: (code: string, params?: Record<string, string | number>) => NormalizedAnswer,
): NormalizedAnswer {
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

const requiredAddressParts = ['postcode', 'houseNumber', 'street', 'city'] as const;
const optionalAddressParts = ['houseLetter', 'addition'] as const;

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
