import type { FieldError, PermitDefinition, Step } from '../wizard';

/** The first step with a question the intake service complained about, to take the person there. */
export function stepWithServerError(permit: PermitDefinition, errors: readonly FieldError[]): Step | undefined {
  const fields = errors.map((error) => error.field.split('.')[0]);
  return permit.steps.find((step) => step.questions.some((question) => fields.includes(question.id)));
}
