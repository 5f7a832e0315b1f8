/**
 * Looking up where an application stands with its receipt: the shape of a reference, how the
 * status page reads what a person typed, and the status link in the receipt's QR code. No DOM,
 * no network (the call is the intake client's, `IntakeClient.lookUpStatus`).
 */
export { REFERENCE_PATTERN } from './referencePattern';
export { readStatusLookup, type ReadStatusLookup, type StatusLookupField, type StatusLookupInputError } from './readStatusLookup';
export { readStatusLink, statusLink } from './statusLink';
