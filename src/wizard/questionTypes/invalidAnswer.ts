import type { ValidationResult } from '../../validation';
import type { NormalizedAnswer } from '../NormalizedAnswer';

/** One error at `field` (a question id, or `questionId.part`). */
export function invalidAnswer(field: string, code: string, params?: Readonly<Record<string, string | number>>): NormalizedAnswer {
  return { status: 'invalid', errors: [params ? { field, code, params } : { field, code }] };
}

/** A validator's verdict as an answer at `field`: its value, or its error. */
export function answerFrom(field: string, result: ValidationResult): NormalizedAnswer {
  return result.ok ? { status: 'valid', value: result.value } : invalidAnswer(field, result.code, result.params);
}
