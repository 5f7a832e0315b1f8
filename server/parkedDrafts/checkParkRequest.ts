import type { ErrorObject } from 'ajv';
import type { FieldError } from '../../src/wizard';
import type { ParkDraftRequest, SealedDraft } from '../contract/apiTypes';
import type { OpenApiValidator } from '../contract/openapiValidator';
import { ProblemError } from '../problems/ProblemError';

const STRUCTURE = 'parkedDraft.structure';

/**
 * Checks the body of `PUT /parked-drafts/{lookupId}` against the contract's `ParkDraftRequest`,
 * then what a schema cannot say quickly: that the ciphertext is whole base64 quads (a regular
 * expression for that is slow on megabytes) and within `MAX_PARKED_DRAFT_BYTES`. The record is
 * never opened: the service has no key.
 *
 * @param maxCiphertextChars longest ciphertext accepted, in base64 characters.
 * @throws ProblemError 400 naming the wrong fields, or 413.
 */
export function checkParkRequest(body: unknown, contract: OpenApiValidator, maxCiphertextChars: number): SealedDraft {
  const errors = contract.validateSchema('ParkDraftRequest', body);
  if (errors.length > 0) throw new ProblemError('parked-draft-invalid', { fieldErrors: fieldErrorsOf(errors) });
  const { sealed } = body as ParkDraftRequest;
  if (sealed.ciphertext.length % 4 !== 0) {
    throw new ProblemError('parked-draft-invalid', { fieldErrors: [{ field: 'sealed.ciphertext', code: STRUCTURE }] });
  }
  if (sealed.ciphertext.length > maxCiphertextChars) {
    throw new ProblemError('parked-draft-too-large', { params: { maxKb: Math.floor(maxCiphertextChars / 1024) } });
  }
  return sealed;
}

/** One error per field, at a dotted path (`sealed.iterations`), `request` for the body as a whole. */
function fieldErrorsOf(errors: readonly ErrorObject[]): FieldError[] {
  const fields = new Set<string>();
  for (const error of errors) {
    const path = error.instancePath.split('/').slice(1);
    const params = error.params as Record<string, unknown>;
    const named = params.missingProperty ?? params.additionalProperty;
    if (typeof named === 'string') path.push(named);
    fields.add(path.length === 0 ? 'request' : path.join('.').slice(0, 100));
  }
  return [...fields].map((field) => ({ field, code: STRUCTURE }));
}
