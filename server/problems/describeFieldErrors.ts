import type { FieldProblem } from '../contract/apiTypes';
import { fieldErrorMessage, type Translator } from '../../src/i18n';
import type { FieldError, PermitDefinition } from '../../src/wizard';

/**
 * Words the engine's field errors for a 422, with the same message lookup as the wizard
 * (`fieldErrorMessage`), so the person reads the same sentence whichever side found the problem.
 * A code without any text gets a general sentence rather than a raw key.
 */
export function describeFieldErrors(errors: readonly FieldError[], permit: PermitDefinition | undefined, translator: Translator): FieldProblem[] {
  const questions = permit?.steps.flatMap((step) => step.questions) ?? [];
  return errors.map((error) => {
    const questionId = error.field.split('.')[0];
    const question = questions.find((candidate) => candidate.id === questionId);
    const worded = permit ? fieldErrorMessage(translator, permit, question, error) : translator.t(`validation.${error.code}`, error.params);
    const message = worded === `validation.${error.code}` ? translator.t('field.fallback') : worded;
    return error.params ? { field: error.field, code: error.code, message, params: { ...error.params } } : { field: error.field, code: error.code, message };
  });
}
