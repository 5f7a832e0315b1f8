import { isAnswered } from './conditions';
import type { AnswerValue, Answers, PermitDefinition } from './definition';
import type { FieldError } from './FieldError';
import { handoverError } from './handoverError';
import { normalizeAnswer, strayAnswerParts } from './questionTypes';
import { visiblePlan } from './visibility';

export type ApplicationCheck =
  | { readonly ok: true; readonly answers: Readonly<Record<string, AnswerValue>> }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * Checks a whole application the way the intake service must: every visible required question
 * answered and valid, no outcome that hands it over to another permit, no answer to a question the
 * conditions hide (data minimisation: we keep only what we need), no unknown fields — in a
 * repeating group's entries and in file answers neither. On success, returns the normalised answers to store.
 */
export function validateApplication(permit: PermitDefinition, submitted: Answers, today: string): ApplicationCheck {
  const errors: FieldError[] = [];
  const answers: Record<string, AnswerValue> = {};
  const asked = new Set<string>();
  for (const visible of visiblePlan(permit, submitted, today)) {
    for (const question of visible.questions) {
      asked.add(question.id);
      errors.push(...strayAnswerParts(question, submitted[question.id], today));
      const normalized = normalizeAnswer(question, submitted[question.id], today);
      if (normalized.status === 'invalid') errors.push(...normalized.errors);
      else if (normalized.status === 'valid') answers[question.id] = normalized.value;
      else if (!question.optional) errors.push({ field: question.id, code: 'required' });
    }
    errors.push(...handoverError(visible));
  }
  const known = new Set(permit.steps.flatMap((step) => step.questions.map((question) => question.id)));
  for (const [field, value] of Object.entries(submitted)) {
    if (!known.has(field)) errors.push({ field, code: 'answer.unknown' });
    else if (!asked.has(field) && isAnswered(value)) errors.push({ field, code: 'answer.hidden' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}

/**
 * What the wizard sends: the normalised answers of the visible questions only. Answers to
 * questions that became hidden stay in the draft (nothing typed is lost if the person changes
 * their mind back) but never leave the device.
 */
export function answersToSend(permit: PermitDefinition, raw: Answers, today: string): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const { questions } of visiblePlan(permit, raw, today)) {
    for (const question of questions) {
      const normalized = normalizeAnswer(question, raw[question.id], today);
      if (normalized.status === 'valid') answers[question.id] = normalized.value;
    }
  }
  return answers;
}
