import type { ErrorObject } from 'ajv';

/** One entry of a ValidatieFout's `invalidParams` (schema FieldValidationError). */
export interface InvalidParam {
  readonly name: string;
  readonly code: string;
  readonly reason: string;
}

/**
 * Ajv's errors as Open Zaak names them: the field as a dotted path (`kenmerken.0.kenmerk`, Django REST
 * Framework's style) and DRF's error codes (`required`, `max_length`, `invalid_choice`, ...).
 * Errors that only echo another error (the `anyOf` of a nullable field, the `if` of a discriminator) are dropped.
 */
export function invalidParamsFromAjv(errors: readonly ErrorObject[], prefix = ''): InvalidParam[] {
  const params: InvalidParam[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'if' || error.keyword === 'oneOf') continue;
    if (error.keyword === 'type' && error.params.type === 'null') continue;
    const segments = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
    if (error.keyword === 'additionalProperties') segments.push(String(error.params.additionalProperty));
    const name = [prefix, ...segments].filter((part) => part !== '').join('.') || 'nonFieldErrors';
    const code = drfCode(error);
    const key = `${name} ${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    params.push({ name, code, reason: error.message ?? code });
  }
  return params;
}

function drfCode(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'required';
    case 'maxLength':
      return 'max_length';
    case 'minLength':
      return error.data === '' ? 'blank' : 'min_length';
    case 'enum':
    case 'const':
      return 'invalid_choice';
    case 'type':
      return error.data === null ? 'null' : 'invalid';
    case 'additionalProperties':
      return 'unknown-parameters';
    default:
      return 'invalid';
  }
}
