import type { Answers, PermitDefinition, Step } from './definition';
import type { FieldError } from './FieldError';
import { normalizeAnswer } from './normalizeAnswer';
import { visibleQuestions } from './visibility';

/**
 * Checks the visible questions of one step, as when the person presses "Volgende".
 * Returns the problems in the order of the questions, so the error summary follows the page.
 */
export function validateStep(permit: PermitDefinition, step: Step, raw: Answers, today: string): FieldError[] {
  return visibleQuestions(permit, step, raw, today).flatMap((question) => {
    const normalized = normalizeAnswer(question, raw[question.id], today);
    if (normalized.status === 'invalid') return normalized.errors;
    if (normalized.status === 'empty' && !question.optional) return [{ field: question.id, code: 'required' }];
    return [];
  });
}
