import type { ErrorObject } from 'ajv';
import type { FieldError } from '../../src/wizard';

/**
 * Ajv's errors for the `Application` schema as field errors the wizard can place, split in two:
 * errors inside single answers (placed at the question id, or `question.part` for an address),
 * which the engine usually words better, and errors in the rest of the document (a dotted path
 * such as `client.draftId`, or `application` for the whole). One error per field.
 */
export function schemaFieldErrors(errors: readonly ErrorObject[]): { readonly answers: FieldError[]; readonly structure: FieldError[] } {
  const answers = new Map<string, FieldError>();
  const structure = new Map<string, FieldError>();
  for (const error of errors) {
    const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    const params = error.params as Record<string, unknown>;
    const named = typeof params.missingProperty === 'string' ? params.missingProperty : typeof params.additionalProperty === 'string' ? params.additionalProperty : undefined;
    if (named !== undefined) path.push(named);
    const [top, questionId, part] = path;
    if (top === 'answers' && questionId !== undefined) {
      // Array positions (chosen options, files) are placed at the question itself.
      const field = (part !== undefined && !/^\d+$/.test(part) ? `${questionId}.${part}` : questionId).slice(0, 100);
      if (!answers.has(field)) answers.set(field, { field, code: 'answer.wrongType' });
      continue;
    }
    const field = path.length === 0 ? 'application' : path.join('.').slice(0, 100);
    if (structure.has(field)) continue;
    structure.set(
      field,
      top === 'answers' && error.keyword === 'maxProperties'
        ? { field, code: 'answers.tooMany', params: { max: Number(params.limit) } }
        : { field, code: 'application.structure' },
    );
  }
  return { answers: [...answers.values()], structure: [...structure.values()] };
}
