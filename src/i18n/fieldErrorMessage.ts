import type { FieldError, PermitDefinition, Question } from '../wizard';
import { textKeys } from '../wizard';
import type { Translator } from './translator';

/**
 * The plain-language message for a field error. A question may say it better itself
 * (`permit.<id>.q.<question>.error.<code>`, e.g. "Kies welke kaart u wilt aanvragen"); otherwise
 * the message for its type (`validation.required.choice`), otherwise the general one.
 */
export function fieldErrorMessage(translator: Translator, permit: PermitDefinition, question: Question | undefined, error: FieldError): string {
  const candidates = question
    ? [textKeys.error(permit, question, error.code), `validation.${error.code}.${question.type}`, `validation.${error.code}`]
    : [`validation.${error.code}`];
  const key = candidates.find((candidate) => translator.has(candidate)) ?? `validation.${error.code}`;
  return translator.t(key, error.params);
}
