import type { Answers, PermitDefinition, Step } from './definition';
import type { FieldError } from './FieldError';
import { handoverError } from './handoverError';
import { normalizeAnswer } from './questionTypes';
import { visiblePlan } from './visibility';

/**
 * Checks the visible questions of one step, as when the person presses "Volgende", and whether
 * its outcome lets the application go on. Returns the problems in the order of the questions, so
 * the error summary follows the page.
 */
export function validateStep(permit: PermitDefinition, step: Step, raw: Answers, today: string): FieldError[] {
  const visible = visiblePlan(permit, raw, today).find((candidate) => candidate.step.id === step.id);
  if (!visible) return [];
  const problems = visible.questions.flatMap((question) => {
    const normalized = normalizeAnswer(question, raw[question.id], today);
    if (normalized.status === 'invalid') return normalized.errors;
    if (normalized.status === 'empty' && !question.optional) return [{ field: question.id, code: 'required' }];
    return [];
  });
  return [...problems, ...handoverError(visible)];
}
