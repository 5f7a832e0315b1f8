import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpIntakeClient } from '../../../src/intake';

const problem = (type: string) => ({ type: `urn:hulploket:problem:${type}`, title: '', status: 0 });

/** Answers every fetch with `status` and `body` (and `Retry-After` when given), recording the requests. */
function serviceAnswering(status: number, body: unknown, retryAfter?: string) {
  const requests: Request[] = [];
  vi.stubGlobal('navigator', { onLine: true });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requests.push(new Request(new URL(url, 'https://loket.example.nl'), init));
    return new Response(JSON.stringify(body), { status, headers: retryAfter ? { 'Retry-After': retryAfter } : {} });
  });
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the intake client’s status lookup', () => {
  // Linked or not: the status page works on any device.
  const client = createHttpIntakeClient(() => undefined);
  const report = { reference: 'HV-2026-000123', permitId: 'gehandicaptenparkeerkaart', receivedAt: '2026-11-29T10:15:00.000Z', expectedDecisionBy: '2027-01-25', history: [] };

  it('asks with reference and code in a JSON body, without a token, and returns the report', async () => {
    const requests = serviceAnswering(200, report);
    expect(await client.lookUpStatus('HV-2026-000123', 'ABCDEFGHJKM')).toEqual({ kind: 'found', report });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(new URL(request?.url ?? '').pathname).toBe('/api/v1/status');
    expect(new URL(request?.url ?? '').search).toBe('');
    expect(request?.headers.get('Authorization')).toBeNull();
    expect(await request?.json()).toEqual({ reference: 'HV-2026-000123', statusCode: 'ABCDEFGHJKM' });
  });

  it('reads 404 as not found, and 429 as locked or limited with the minutes from Retry-After', async () => {
    serviceAnswering(404, problem('status-not-found'));
    expect(await client.lookUpStatus('HV-2026-000123', 'ABCDEFGHJKM')).toEqual({ kind: 'notFound' });
    serviceAnswering(429, problem('status-lookup-locked'), '841');
    expect(await client.lookUpStatus('HV-2026-000123', 'ABCDEFGHJKM')).toEqual({ kind: 'locked', minutes: 15 });
    serviceAnswering(429, problem('status-lookups-limited'), '20');
    expect(await client.lookUpStatus('HV-2026-000123', 'ABCDEFGHJKM')).toEqual({ kind: 'limited', minutes: 1 });
  });

  it('is unreachable offline (without asking), on a failing service and on an answer not shaped as a report', async () => {
    const requests = serviceAnswering(200, report);
    vi.stubGlobal('navigator', { onLine: false });
    expect(await client.lookUpStatus('HV-2026-000123', 'ABCDEFGHJKM')).toEqual({ kind: 'unreachable' });
    expect(requests).toEqual([]);
    serviceAnswering(503, problem('unavailable'));
    expect(await client.lookUpStatus('HV-2026-000123', 'ABCDEFGHJKM')).toEqual({ kind: 'unreachable' });
    serviceAnswering(200, { reference: 'HV-2026-000123' });
    expect(await client.lookUpStatus('HV-2026-000123', 'ABCDEFGHJKM')).toEqual({ kind: 'unreachable' });
  });
});
