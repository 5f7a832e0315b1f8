/** The name of the back-office session cookie (also in `api/openapi.json`, `backOfficeSession`). */
export const SESSION_COOKIE = 'hv_backoffice';

/**
 * The `Set-Cookie` value of a new session: `HttpOnly` (no script reads it), `SameSite=Strict`
 * (no other site's page sends it), `Path=/`, and `Secure` when the request came over HTTPS. No
 * `Max-Age`: it ends with the browser, and the service ends it after 8 idle hours anyway.
 */
export function sessionCookie(sessionId: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** The `Set-Cookie` value that removes the session cookie (RFC 6265 §3.1: an expiry in the past). */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** The session id in a `Cookie` header; `undefined` when there is none. */
export function readSessionCookie(cookieHeader: string | undefined): string | undefined {
  for (const pair of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === SESSION_COOKIE && value.length > 0 && value.join('=') !== '') return value.join('=');
  }
  return undefined;
}
