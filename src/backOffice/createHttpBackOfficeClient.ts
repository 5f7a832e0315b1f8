import type { BackOfficeClient, ReadResult } from './BackOfficeClient';

/** How long to wait for the service before saying it is unavailable (ms). */
const TIMEOUT_MS = 15_000;

/**
 * The back office over HTTP on the app's own origin. The session cookie goes along by itself
 * (same origin); every state-changing request carries `X-Requested-With`, which the service asks
 * for against cross-site request forgery.
 */
export function createHttpBackOfficeClient(baseUrl = '/api/v1/backoffice'): BackOfficeClient {
  const call = async (path: string, init: RequestInit = {}): Promise<Response | undefined> => {
    try {
      return await fetch(`${baseUrl}${path}`, {
        ...init,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', ...(init.method && init.method !== 'GET' ? { 'X-Requested-With': 'fetch' } : {}), ...init.headers },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      return undefined;
    }
  };
  const read = async <T>(path: string, init?: RequestInit): Promise<ReadResult<T>> => {
    const response = await call(path, init);
    if (response?.status === 401) return { kind: 'signedOut' };
    if (!response?.ok) return { kind: 'unavailable' };
    return { kind: 'ok', value: (await response.json()) as T };
  };
  return {
    session: () => read('/session'),
    async signIn(user, password) {
      const response = await call('/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user, password }) });
      if (response?.ok) return { kind: 'signedIn', session: await response.json() };
      if (response?.status === 401) return { kind: 'wrong' };
      if (response?.status === 429) return { kind: 'locked', minutes: Math.max(1, Math.ceil(Number(response.headers.get('Retry-After') ?? '900') / 60)) };
      return { kind: 'unavailable' };
    },
    async signOut() {
      await call('/session', { method: 'DELETE' });
    },
    list: (state, offset, limit) => read(`/forwarding?${new URLSearchParams({ state, offset: String(offset), limit: String(limit) })}`),
    detail: (reference) => read(`/forwarding/${encodeURIComponent(reference)}`),
    async retry(reference) {
      const path = `/forwarding/${encodeURIComponent(reference)}/retry`;
      const response = await call(path, { method: 'POST' });
      if (response?.status === 409) return { kind: 'noActionNeeded' };
      if (response?.status === 404) return { kind: 'notFound' };
      if (response?.status === 401) return { kind: 'signedOut' };
      if (!response?.ok) return { kind: 'unavailable' };
      return { kind: 'ok', value: await response.json() };
    },
  };
}
