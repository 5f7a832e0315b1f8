import type { FieldError } from '../wizard';
import type { AddressLookupResult, ApplicationSubmission, FoundAddress, IntakeClient, ParkedDraftLookup, Receipt, SendResult, StatusLookupResult, StatusReport, SubmissionFile } from './IntakeClient';

/** How long to wait for the intake service before treating it as unreachable (ms). */
const SEND_TIMEOUT_MS = 30_000;

/**
 * How long an address lookup may take before the person is asked to type the address (ms): a
 * little over the service's own 3 s wait for the address service, so its "unavailable" arrives.
 */
const LOOKUP_TIMEOUT_MS = 3_500;

/**
 * The intake API over HTTP, same origin as the app (`/api/v1`). Follows the contract in
 * `api/openapi.json`: multipart with an `application` JSON part first, then one part per file named
 * after its question, a bearer device token and an `Idempotency-Key` (the same on every retry, so
 * the files are stored once with the application).
 */
export function createHttpIntakeClient(getToken: () => string | undefined, baseUrl = '/api/v1'): IntakeClient {
  return {
    async send(submission: ApplicationSubmission, idempotencyKey: string, files: readonly SubmissionFile[]): Promise<SendResult> {
      const token = getToken();
      if (!token) return { kind: 'unauthorised' };
      const body = new FormData();
      body.append('application', new Blob([JSON.stringify(submission)], { type: 'application/json' }), 'application.json');
      for (const file of files) body.append(file.questionId, file.blob, file.name);
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/applications`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': idempotencyKey, 'Accept-Language': submission.locale },
          body,
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
      } catch {
        return { kind: 'unreachable' };
      }
      return interpret(response);
    },

    async parkDraft(lookupId, sealed) {
      const token = getToken();
      if (!token) return 'failed';
      try {
        const response = await fetch(`${baseUrl}/parked-drafts/${encodeURIComponent(lookupId)}`, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ sealed }),
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
        if (response.ok) return 'parked';
        return response.status === 413 ? 'tooLarge' : 'failed';
      } catch {
        return 'failed';
      }
    },

    async fetchParkedDraft(lookupId): Promise<ParkedDraftLookup> {
      const token = getToken();
      if (!token) throw new Error('This tablet is not linked to the intake service');
      const response = await fetch(`${baseUrl}/parked-drafts/${encodeURIComponent(lookupId)}`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      if (response.status === 404) return { kind: 'notFound' };
      if (response.status === 410) {
        const reference = referenceIn(await response.json().catch(() => undefined));
        if (reference) return { kind: 'sent', reference };
      }
      if (!response.ok) throw new Error(`The intake service answered ${response.status}`);
      const body: unknown = await response.json();
      return { kind: 'parked', sealed: typeof body === 'object' && body !== null ? (body as { sealed?: unknown }).sealed : undefined };
    },

    async lookUpAddress(postcode, houseNumber, signal) {
      const token = getToken();
      // Offline the answer is certain; do not make the person wait for a request to fail.
      if (!token || !navigator.onLine) return { kind: 'unavailable' };
      // By hand rather than AbortSignal.any(), which Safari has only since 17.4.
      const stop = new AbortController();
      const abort = () => stop.abort();
      const timer = setTimeout(abort, LOOKUP_TIMEOUT_MS);
      signal.addEventListener('abort', abort);
      try {
        const response = await fetch(`${baseUrl}/address-lookup?${new URLSearchParams({ postcode, houseNumber })}`, {
          headers: { Authorization: `Bearer ${token}` },
          signal: stop.signal,
        });
        return response.ok ? lookupResult(await response.json()) : { kind: 'unavailable' };
      } catch {
        return { kind: 'unavailable' };
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
      }
    },

    async lookUpStatus(reference, statusCode) {
      if (!navigator.onLine) return { kind: 'unreachable' };
      let response: Response;
      try {
        // In the body, not the address: neither ends up in a log or the browser's history.
        response = await fetch(`${baseUrl}/status`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ reference, statusCode }),
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
      } catch {
        return { kind: 'unreachable' };
      }
      return statusLookupResult(response);
    },
  };
}

async function statusLookupResult(response: Response): Promise<StatusLookupResult> {
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 200) return isStatusReport(body) ? { kind: 'found', report: body } : { kind: 'unreachable' };
  if (response.status === 404) return { kind: 'notFound' };
  if (response.status === 429) {
    // `Retry-After` in seconds (api/openapi.json, `StatusLimited`), said in whole minutes.
    const minutes = Math.max(1, Math.ceil((Number(response.headers.get('Retry-After')) || 60) / 60));
    return isProblem(body, 'status-lookup-locked') ? { kind: 'locked', minutes } : { kind: 'limited', minutes };
  }
  return { kind: 'unreachable' };
}

function isStatusReport(body: unknown): body is StatusReport {
  if (typeof body !== 'object' || body === null) return false;
  const { reference, permitId, receivedAt, expectedDecisionBy, history } = body as Record<string, unknown>;
  return [reference, permitId, receivedAt, expectedDecisionBy].every((value) => typeof value === 'string') && Array.isArray(history);
}

function lookupResult(body: unknown): AddressLookupResult {
  const addresses = typeof body === 'object' && body !== null ? (body as { addresses?: unknown }).addresses : undefined;
  if (!Array.isArray(addresses) || !addresses.every(isFoundAddress)) return { kind: 'unavailable' };
  const [first, ...others] = addresses;
  return first ? { kind: 'found', addresses: [first, ...others] } : { kind: 'notFound' };
}

function isFoundAddress(value: unknown): value is FoundAddress {
  if (typeof value !== 'object' || value === null) return false;
  const { id, postcode, houseNumber, houseLetter, addition, street, city } = value as Record<string, unknown>;
  return (
    [id, postcode, houseNumber, street, city].every((part) => typeof part === 'string') &&
    [houseLetter, addition].every((part) => part === undefined || typeof part === 'string')
  );
}

async function interpret(response: Response): Promise<SendResult> {
  const body: unknown = await response.json().catch(() => undefined);
  switch (response.status) {
    case 200:
    case 201:
      return isReceipt(body) ? { kind: 'sent', receipt: body } : { kind: 'unreachable', status: response.status };
    case 400:
      return { kind: 'invalidRequest' };
    case 401:
      return { kind: 'unauthorised' };
    case 409: {
      const reference = isProblem(body, 'draft-already-sent') ? referenceIn(body) : undefined;
      return reference ? { kind: 'alreadySent', reference } : { kind: 'conflict' };
    }
    case 413:
    case 415:
      return { kind: 'fileRefused', status: response.status, errors: fieldErrors(body) };
    case 422: {
      const errors = fieldErrors(body);
      return errors.some((error) => error.field === 'formVersion') ? { kind: 'formVersionRefused' } : { kind: 'rejected', errors };
    }
    default: {
      const retryAfter = Number(response.headers.get('Retry-After'));
      const { status } = response;
      return Number.isFinite(retryAfter) && retryAfter > 0 ? { kind: 'unreachable', retryAfterSeconds: retryAfter, status } : { kind: 'unreachable', status };
    }
  }
}

/** Whether `body` is the problem document of this type (api/openapi.json, `Problem.type`). */
function isProblem(body: unknown, type: string): boolean {
  return typeof body === 'object' && body !== null && (body as { type?: unknown }).type === `urn:hulploket:problem:${type}`;
}

/** The `reference` a problem names, when it is one (`HV-<year>-<sequence>`). */
function referenceIn(body: unknown): string | undefined {
  const reference = typeof body === 'object' && body !== null ? (body as { reference?: unknown }).reference : undefined;
  return typeof reference === 'string' && /^HV-[0-9]{4}-[0-9]{6,}$/.test(reference) ? reference : undefined;
}

function isReceipt(body: unknown): body is Receipt {
  if (typeof body !== 'object' || body === null) return false;
  const { reference, receivedAt, expectedDecisionBy, status } = body as Record<string, unknown>;
  return [reference, receivedAt, expectedDecisionBy].every((value) => typeof value === 'string') && status === 'received';
}

function fieldErrors(body: unknown): FieldError[] {
  const errors = typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: unknown) => {
    if (typeof error !== 'object' || error === null) return [];
    const { field, code, params } = error as Record<string, unknown>;
    if (typeof field !== 'string' || typeof code !== 'string') return [];
    return [isParams(params) ? { field, code, params } : { field, code }];
  });
}

function isParams(value: unknown): value is Record<string, string | number> {
  return typeof value === 'object' && value !== null && Object.values(value).every((item) => typeof item === 'string' || typeof item === 'number');
}
