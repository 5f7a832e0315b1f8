/**
 * Every kind of problem the intake API answers with, and its HTTP status. The slug is the last
 * part of the RFC 9457 `type` URI and the stem of its texts in `messages.<locale>.json`.
 */
export const problemStatus = {
  'idempotency-key-missing': 400,
  'multipart-malformed': 400,
  'application-part-missing': 400,
  'application-not-json': 400,
  'parked-draft-invalid': 400,
  'address-lookup-invalid': 400,
  'request-malformed': 400,
  'backoffice-request-invalid': 400,
  'status-code-invalid': 400,
  'status-request-invalid': 400,
  unauthorized: 401,
  'backoffice-sign-in-failed': 401,
  'backoffice-session-required': 401,
  'csrf-header-missing': 403,
  'not-found': 404,
  'parked-draft-not-found': 404,
  'forwarding-not-found': 404,
  'status-not-found': 404,
  'request-timeout': 408,
  'idempotency-conflict': 409,
  'draft-already-sent': 409,
  'forwarding-no-action-needed': 409,
  'parked-draft-sent': 410,
  'application-too-large': 413,
  'file-too-large': 413,
  'request-too-large': 413,
  'too-many-files': 413,
  'parked-draft-too-large': 413,
  'uri-too-long': 414,
  'unsupported-content-type': 415,
  'file-type': 415,
  'parked-draft-not-json': 415,
  'content-coding-unsupported': 415,
  validation: 422,
  'rate-limited': 429,
  'lookups-limited': 429,
  'backoffice-sign-in-locked': 429,
  'status-lookups-limited': 429,
  'status-lookup-locked': 429,
  'headers-too-large': 431,
  internal: 500,
  'transfer-coding-unsupported': 501,
  'storage-unavailable': 503,
  'address-lookup-unavailable': 503,
} as const satisfies Record<string, number>;

export type ProblemType = keyof typeof problemStatus;

/**
 * The `type` URI of a problem. A URN rather than a URL: nothing is promised at an address
 * (RFC 9457 §3.1.1 allows non-resolvable URIs; clients compare it as an identifier).
 */
export function problemTypeUri(type: ProblemType): string {
  return `urn:hulploket:problem:${type}`;
}
