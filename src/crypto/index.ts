/**
 * What guards a short secret a person types on the tablet (a resume code, a staff PIN): slow key
 * derivation with WebCrypto's PBKDF2, a limit on wrong tries, a comparison that takes the same time
 * wherever two hashes differ, and base64 for the bytes that are kept. No storage, no DOM.
 */
export { fromBase64, toBase64 } from './base64';
export { deriveAesGcmKey, deriveKeyBytes, PBKDF2_ITERATIONS } from './keyDerivation';
export { attemptWindowStart, minutesUntilNextAttempt, type AttemptLimit } from './attemptLimit';
export { sameBytes } from './sameBytes';
