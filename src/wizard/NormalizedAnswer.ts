import type { AnswerValue } from './definition';
import type { FieldError } from './FieldError';

/**
 * One answer as the rules of its question see it: nothing given, a valid value (normalised: trimmed,
 * formatted), or the errors to show at the question. Its own file, because `normalizeAnswer` and
 * the question types it hands over to (`questionTypes/`) all speak it, and they must not import
 * each other in a circle.
 */
export type NormalizedAnswer =
  | { readonly status: 'empty' }
  | { readonly status: 'valid'; readonly value: AnswerValue }
  | { readonly status: 'invalid'; readonly errors: readonly FieldError[] };
