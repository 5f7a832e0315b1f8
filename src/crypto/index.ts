/**
 * What guards a short secret a person types (a resume code, a status code, a staff PIN): codes
 * made to be typed back without look-alikes and with a check symbol, slow key derivation with
 * WebCrypto's PBKDF2, a limit on wrong tries, a comparison that takes the same time wherever two
 * hashes differ, and base64 for the bytes that are kept. No storage, no DOM.
 */
export { fromBase64, toBase64 } from './base64';
export { deriveAesGcmKey, deriveKeyBytes, PBKDF2_ITERATIONS } from './keyDerivation';
export { attemptWindowStart, minutesUntilNextAttempt, type AttemptLimit } from './attemptLimit';
export { sameBytes } from './sameBytes';
export { createTypeableCode, groupTypeableCode, readTypeableCode, TYPEABLE_ALPHABET, typeableCodeEntropyBits, type ReadTypeableCode, type TypeableCodeError } from './typeableCode';
export {
  createStatusCode,
  formatStatusCode,
  parseStatusCode,
  STATUS_CODE_ENTROPY_BITS,
  STATUS_CODE_LENGTH,
  STATUS_CODE_PATTERN,
  type ParsedStatusCode,
  type StatusCode,
  type StatusCodeError,
} from './statusCode';
