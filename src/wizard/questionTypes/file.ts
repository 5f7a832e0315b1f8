import { isPlainFileName } from '../../validation';
import type { AnswerValue, FileAnswer, FileKind, FileQuestion, Question } from '../definition';
import type { FieldError } from '../FieldError';
import type { NormalizedAnswer } from '../NormalizedAnswer';
import { fitByShape } from './fitByShape';
import { invalidAnswer } from './invalidAnswer';
import type { QuestionTypeBehaviour } from './QuestionTypeBehaviour';
import { noDefinitionProblems, startsEmpty, noTextKeys } from './simpleAnswer';

/** MIME type per accepted file kind. */
export const FILE_KIND_MIME: Readonly<Record<FileKind, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** Default size limit of one attached file (bytes). */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** What an application says about a file: the rest of a typed file answer stays on the tablet. */
const SENT_FILE_FIELDS: ReadonlySet<string> = new Set(['name', 'type', 'size']);

/**
 * Attached files. The answer describes them (name, type, size); their bytes travel beside the
 * answers, as multipart parts named after the question, and the intake service checks that they
 * match. Shown by their names.
 */
export const fileType: QuestionTypeBehaviour<FileQuestion> = {
  typedText: 'line',
  normalize: normalizeFiles,
  strayParts: strayFileFields,
  fit: (_question, answer) =>
    fitByShape(answer, Array.isArray(answer) && answer.every((file: unknown) => typeof file === 'object' && file !== null && typeof (file as { name?: unknown }).name === 'string')),
  canHold: () => false,
  definitionProblems: noDefinitionProblems,
  textKeys: noTextKeys,
  show: (value) => (Array.isArray(value) ? value.map((file) => (typeof file === 'object' ? file.name : '')).join(', ') : ''),
  blank: startsEmpty,
  inGroups: false,
};

/**
 * Whether a question's answer comes with files: only a file question's does, and its files are
 * kept on the tablet, sent and counted apart from the answers.
 */
export function isFileQuestion(question: Question): question is FileQuestion {
  return question.type === 'file';
}

function normalizeFiles(question: FileQuestion, raw: AnswerValue): NormalizedAnswer {
  const invalid = (code: string, params?: Record<string, string | number>) => invalidAnswer(question.id, code, params);
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

/**
 * Fields of a file answer other than name, type and size. The intake service refuses them, as it
 * refuses unknown fields everywhere else (data minimisation, and nothing unchecked is stored with
 * the application); the wizard keeps its own `ref` in the draft and never sends it.
 */
function strayFileFields(question: FileQuestion, raw: AnswerValue | undefined): FieldError[] {
  if (!Array.isArray(raw)) return [];
  return (raw as readonly unknown[]).flatMap((file) =>
    typeof file === 'object' && file !== null
      ? Object.keys(file)
          .filter((field) => !SENT_FILE_FIELDS.has(field))
          .map((field) => ({ field: `${question.id}.${field}`.slice(0, 100), code: 'answer.unknown' }))
      : [],
  );
}
