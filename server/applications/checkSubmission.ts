import type { Application } from '../contract/apiTypes';
import {
  DEFAULT_MAX_FILE_BYTES,
  FILE_KIND_MIME,
  isFileQuestion,
  validateApplication,
  type AnswerValue,
  type Answers,
  type FieldError,
  type FileAnswer,
  type PermitDefinition,
  type Question,
} from '../../src/wizard';
import { isPlainFileName } from '../../src/validation';
import type { OpenApiValidator } from '../contract/openapiValidator';
import { ProblemError } from '../problems/ProblemError';
import type { ReceivedFile } from '../uploads/receiveMultipart';
import { findPermit, type PermitRegistry } from './permitRegistry';
import { schemaFieldErrors } from './schemaFieldErrors';
import { unsafeTextErrors } from './unsafeTextErrors';
import { checkDeskRecord, checkOnBehalf } from './checkDeskRecord';
import { onBehalfForm } from '../../src/definitions';

/** An application that passed every check, ready to store. */
export interface CheckedSubmission {
  readonly permit: PermitDefinition;
  readonly application: Application;
  /** The engine's normalised answers of the visible questions. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** The file parts, each matched to the question and position it answers. */
  readonly files: ReadonlyArray<ReceivedFile & { readonly position: number; readonly mediaType: string }>;
}

/**
 * Checks a parsed submission the way the service must (docs/intake.md, "Checks everything itself"):
 * the contract's `Application` schema, then the form's own definition through the wizard's engine
 * (`validateApplication`: required, hidden, unknown, formats, lengths, characters nobody types),
 * then the same character rule for every other text (`unsafeTextErrors`), then every file part
 * against the answer that announced it and against its question's accepted kinds, judged by content;
 * the assistance record's steps must be steps of the form; "on whose behalf" and the desk's record
 * (`checkOnBehalf`, `checkDeskRecord`), the written authorisation's files with the permit's.
 *
 * @param today ISO date in the municipality's time zone, for date rules.
 * @throws ProblemError 422 (answers), 415 (file content of a kind the question does not accept),
 *   413 (a file above its question's limit).
 */
export function checkSubmission(value: unknown, files: readonly ReceivedFile[], registry: PermitRegistry, contract: OpenApiValidator, today: string): CheckedSubmission {
  const schemaErrors = schemaFieldErrors(contract.validateSchema('Application', value));
  if (schemaErrors.structure.length > 0) throw new ProblemError('validation', { fieldErrors: schemaErrors.structure });
  const application = value as Application;

  const found = findPermit(registry, application.formId, application.formVersion);
  if ('unknown' in found) {
    throw new ProblemError('validation', { fieldErrors: [{ field: found.unknown, code: found.unknown === 'formId' ? 'form.unknown' : 'form.version' }] });
  }
  const { permit } = found;
  // The engine words answer problems more precisely than the schema can, so it speaks first.
  const check = validateApplication(permit, application.answers as Answers, today);
  if (!check.ok) {
    // A file announced as larger than its question allows is a 413, as when its bytes are.
    const tooLarge = check.errors.find((error) => error.code === 'file.tooLarge');
    if (tooLarge) throw new ProblemError('file-too-large', { fieldErrors: check.errors, permit, params: { maxMb: tooLarge.params?.maxMb ?? 0 } });
    throw new ProblemError('validation', { fieldErrors: check.errors, permit });
  }
  // The same rule as the engine's, for every text it did not judge: the note, names, keys.
  const unsafe = unsafeTextErrors(application);
  if (unsafe.length > 0) throw new ProblemError('validation', { fieldErrors: unsafe, permit });
  if (schemaErrors.answers.length > 0) throw new ProblemError('validation', { fieldErrors: schemaErrors.answers, permit });
  // The record of who typed each step names steps of this form, or it records nothing true.
  const { assistance } = application;
  if (assistance.assisted && assistance.typedBy) {
    const stepIds = new Set(permit.steps.map((step) => step.id));
    const unknown = Object.keys(assistance.typedBy).filter((stepId) => !stepIds.has(stepId));
    if (unknown.length > 0) throw new ProblemError('validation', { fieldErrors: unknown.map((stepId) => ({ field: `assistance.typedBy.${stepId}`, code: 'assistance.unknownStep' })) });
  }

  const onBehalf = checkOnBehalf(application, today);
  checkDeskRecord(application, permit, check.answers, onBehalf, today);

  return { permit, application, answers: check.answers, files: matchFiles([onBehalfForm, permit], { ...onBehalf, ...check.answers }, files, permit) };
}

/** Every file part against the file answer of `forms` that announced it (the permit's, and the written authorisation). */
function matchFiles(forms: readonly PermitDefinition[], answers: Readonly<Record<string, AnswerValue>>, files: readonly ReceivedFile[], permit: PermitDefinition): CheckedSubmission['files'] {
  const questions = new Map<string, Question>(forms.flatMap((form) => form.steps).flatMap((step) => step.questions.map((question): [string, Question] => [question.id, question])));
  const tooLarge: FieldError[] = [];
  const wrongKind: FieldError[] = [];
  const invalid: FieldError[] = [];
  const matched: Array<ReceivedFile & { position: number; mediaType: string }> = [];

  for (const file of files) {
    const question = questions.get(file.field);
    if (!question || !isFileQuestion(question) || answers[file.field] === undefined) invalid.push({ field: file.field.slice(0, 100), code: 'file.unexpected' });
  }
  for (const question of questions.values()) {
    if (!isFileQuestion(question) || answers[question.id] === undefined) continue;
    const announced = answers[question.id] as readonly FileAnswer[];
    const parts = files.filter((file) => file.field === question.id);
    const field = question.id;
    if (parts.length < announced.length) invalid.push({ field, code: 'file.missing' });
    if (parts.length > announced.length) invalid.push({ field, code: 'file.unexpected' });
    const maxBytes = question.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
    parts.slice(0, announced.length).forEach((part, position) => {
      const expected = announced[position] as FileAnswer;
      if (!isPlainFileName(part.filename) || !isPlainFileName(expected.name)) invalid.push({ field, code: 'file.name' });
      else if (part.size === 0) invalid.push({ field, code: 'file.empty' });
      else if (part.kind === undefined || !question.accept.includes(part.kind)) {
        wrongKind.push({ field, code: 'file.type', params: { allowed: question.accept.join(', ').toUpperCase() } });
      } else if (part.size > maxBytes) tooLarge.push({ field, code: 'file.tooLarge', params: { maxMb: Math.floor(maxBytes / 1024 / 1024) } });
      else if (part.filename !== expected.name || part.size !== expected.size || FILE_KIND_MIME[part.kind] !== expected.type) {
        invalid.push({ field, code: 'file.mismatch' });
      } else matched.push({ ...part, position, mediaType: FILE_KIND_MIME[part.kind] });
    });
  }
  if (tooLarge.length > 0) throw new ProblemError('file-too-large', { fieldErrors: tooLarge, permit, params: { maxMb: tooLarge[0]?.params?.maxMb ?? 0 } });
  if (wrongKind.length > 0) throw new ProblemError('file-type', { fieldErrors: wrongKind, permit });
  if (invalid.length > 0) throw new ProblemError('validation', { fieldErrors: invalid, permit });
  return matched;
}
