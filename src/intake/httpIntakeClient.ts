import type { FieldError } from '../wizard';
import type { ApplicationSubmission, IntakeClient, Receipt, SendResult } from './IntakeClient';

/** How long to wait for the intake service before treating it as unreachable (ms). */
const SEND_TIMEOUT_MS = 30_000;

/**
 * The intake API over HTTP, same origin as the app (`/api/v1`). Follows the contract in
 * `api/openapi.json`: multipart with an `application` JSON part, a bearer device token and an
 * `Idempotency-Key`.
 */
export function createHttpIntakeClient(getToken: () => string | undefined, baseUrl = '/api/v1'): IntakeClient {
  return {
    async send(submission: ApplicationSubmission, idempotencyKey: string): Promise<SendResult> {
      const token = getToken();
      if (!token) return { kind: 'unauthorised' };
      const body = new FormData();
      body.append('application', new Blob([JSON.stringify(submission)], { type: 'application/json' }), 'application.json');
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
      if (!token) return false;
      try {
        const response = await fetch(`${baseUrl}/parked-drafts/${encodeURIComponent(lookupId)}`, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ sealed }),
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
        return response.ok;
      } catch {
        return false;
      }
    },

    async fetchParkedDraft(lookupId) {
      const token = getToken();
      if (!token) throw new Error('This tablet is not linked to the intake service');
      const response = await fetch(`${baseUrl}/parked-drafts/${encodeURIComponent(lookupId)}`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`The intake service answered ${response.status}`);
      const body: unknown = await response.json();
      return typeof body === 'object' && body !== null ? (body as { sealed?: unknown }).sealed : undefined;
    },
  };
}

async function interpret(response: Response): Promise<SendResult> {
  const body: unknown = await response.json().catch(() => undefined);
  switch (response.status) {
    case 200:
    case 201:
      return isReceipt(body) ? { kind: 'sent', receipt: body } : { kind: 'unreachable' };
    case 400:
      return { kind: 'invalidRequest' };
    case 401:
      return { kind: 'unauthorised' };
    case 409:
      return { kind: 'conflict' };
    case 413:
    case 415:
      return { kind: 'fileRefused', status: response.status };
    case 422:
      return { kind: 'rejected', errors: fieldErrors(body) };
    default: {
      const retryAfter = Number(response.headers.get('Retry-After'));
      return Number.isFinite(retryAfter) && retryAfter > 0 ? { kind: 'unreachable', retryAfterSeconds: retryAfter } : { kind: 'unreachable' };
    }
  }
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
