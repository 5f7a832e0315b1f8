import type { TestResponse, TestServer } from './testServer';

/** The header every state-changing back-office request carries (see `requireCsrfHeader`). */
export const CSRF_HEADER = { 'x-requested-with': 'fetch' } as const;

/** Signs in as the worklist page does; the response and the `Cookie` header for later requests. */
export async function signInBackOffice(server: TestServer, user: string, password: string): Promise<{ response: TestResponse; cookie: string }> {
  const response = await server.fetch('/api/v1/backoffice/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF_HEADER },
    body: JSON.stringify({ user, password }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { response, cookie };
}
