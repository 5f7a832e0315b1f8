import { parseStatusCode, type StatusCode, type StatusCodeError } from '../crypto';
import { REFERENCE_PATTERN } from './referencePattern';

/** The two boxes of the status page. */
export type StatusLookupField = 'reference' | 'statusCode';

/** Why typed text cannot be looked up; a message key under `status.error.`. */
export type StatusLookupInputError = 'reference.required' | 'reference.format' | 'statusCode.required' | StatusCodeError;

export type ReadStatusLookup =
  | { readonly ok: true; readonly reference: string; readonly statusCode: StatusCode }
  | { readonly ok: false; readonly errors: readonly { readonly field: StatusLookupField; readonly error: StatusLookupInputError }[] };

/**
 * The reference and status code as typed on the status page, read the way the service reads them
 * (any case, spaces around; the code also with spaces and dashes), or what is wrong with each.
 * The code's check symbol catches a typo here, before a try that would count towards the lock-out.
 */
export function readStatusLookup(typedReference: string, typedCode: string): ReadStatusLookup {
  const reference = typedReference.replace(/\s/g, '').toUpperCase();
  const errors: { field: StatusLookupField; error: StatusLookupInputError }[] = [];
  if (reference === '') errors.push({ field: 'reference', error: 'reference.required' });
  else if (!REFERENCE_PATTERN.test(reference)) errors.push({ field: 'reference', error: 'reference.format' });
  const code = typedCode.trim() === '' ? undefined : parseStatusCode(typedCode);
  if (!code) errors.push({ field: 'statusCode', error: 'statusCode.required' });
  else if (!code.ok) errors.push({ field: 'statusCode', error: code.error });
  if (errors.length > 0 || !code?.ok) return { ok: false, errors };
  return { ok: true, reference, statusCode: code.code };
}
