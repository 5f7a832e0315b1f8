// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveBackOfficeAccount } from '../../server/backOffice/saveBackOfficeAccount';
import { CSRF_HEADER, signInBackOffice } from './support/backOfficeClient';
import { startTestServer, TOKEN, type TestServer } from './support/testServer';

const PASSWORD = 'een lang wachtwoord 42';
const T0 = new Date('2026-05-04T09:00:00.000Z');

describe('signing in to the back office', () => {
  let server: TestServer;
  let clock = T0;
  const later = (minutes: number) => {
    clock = new Date(clock.getTime() + minutes * 60_000);
  };
  beforeAll(async () => {
    server = await startTestServer({ withForwarding: true, now: () => clock });
    await saveBackOfficeAccount(server.store.backOfficeAccounts, { userName: 'jansen', displayName: 'J. Jansen', password: PASSWORD }, T0);
    await saveBackOfficeAccount(server.store.backOfficeAccounts, { userName: 'devries', displayName: 'A. de Vries', password: PASSWORD }, T0);
  });
  afterAll(() => server.close());

  it('sets an HttpOnly, SameSite=Strict session cookie of 32 random bytes for the right password, and the session reads back', async () => {
    const { response, cookie } = await signInBackOffice(server, 'Jansen', PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ user: 'jansen', name: 'J. Jansen', expiresAt: '2026-05-04T17:00:00.000Z' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^hv_backoffice=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    // Plain HTTP here: without TLS the cookie cannot be Secure, or the browser would not send it back.
    expect(setCookie).not.toContain('Secure');
    const session = await server.fetch('/api/v1/backoffice/session', { headers: { cookie } });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ user: 'jansen', name: 'J. Jansen' });
  });

  it('never writes the password to the log', () => {
    expect(server.logs.join('\n')).not.toContain(PASSWORD);
  });

  it('answers a wrong password and an unknown user name with the same 401', async () => {
    const wrong = await signInBackOffice(server, 'devries', 'verkeerd wachtwoord');
    const unknown = await signInBackOffice(server, 'niemand', 'verkeerd wachtwoord');
    expect(wrong.response.status).toBe(401);
    expect(wrong.response.body).toMatchObject({ type: 'urn:hulploket:problem:backoffice-sign-in-failed' });
    expect(unknown.response.status).toBe(401);
    expect(unknown.response.text).toBe(wrong.response.text);
    expect(wrong.response.headers.get('set-cookie')).toBeNull();
    expect(wrong.response.headers.get('www-authenticate')).toBeNull();
  });

  it('locks a user name out for 15 minutes after 5 wrong passwords, known or not, and lets the right password in after', async () => {
    for (const user of ['devries', 'onbekend']) {
      const statuses: number[] = [];
      // devries had one wrong password above already.
      for (let index = user === 'devries' ? 1 : 0; index < 5; index += 1) statuses.push((await signInBackOffice(server, user, 'verkeerd wachtwoord')).response.status);
      expect(statuses.at(-1), user).toBe(429);
      later(5);
      const locked = await signInBackOffice(server, user, PASSWORD);
      expect(locked.response.status, user).toBe(429);
      expect(locked.response.headers.get('retry-after'), user).toBe('600');
      expect(locked.response.body, user).toMatchObject({ type: 'urn:hulploket:problem:backoffice-sign-in-locked', detail: expect.stringContaining('10 minuten') });
      later(-5);
    }
    later(15);
    expect((await signInBackOffice(server, 'devries', PASSWORD)).response.status).toBe(200);
    expect((await signInBackOffice(server, 'onbekend', PASSWORD)).response.status).toBe(401);
  });

  it('ends a session after 8 hours without use, and moves the end on with every use', async () => {
    const { cookie } = await signInBackOffice(server, 'jansen', PASSWORD);
    later(7 * 60);
    expect((await server.fetch('/api/v1/backoffice/forwarding', { headers: { cookie } })).status).toBe(200);
    later(7 * 60);
    expect((await server.fetch('/api/v1/backoffice/session', { headers: { cookie } })).status).toBe(200);
    later(8 * 60);
    const ended = await server.fetch('/api/v1/backoffice/forwarding', { headers: { cookie } });
    expect(ended.status).toBe(401);
    expect(ended.body).toMatchObject({ type: 'urn:hulploket:problem:backoffice-session-required' });
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const { cookie } = await signInBackOffice(server, 'jansen', PASSWORD);
    const signOut = await server.fetch('/api/v1/backoffice/session', { method: 'DELETE', headers: { cookie, ...CSRF_HEADER } });
    expect(signOut.status).toBe(204);
    expect(signOut.headers.get('set-cookie')).toBe('hv_backoffice=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict');
    expect((await server.fetch('/api/v1/backoffice/session', { headers: { cookie } })).status).toBe(401);
  });

  it('refuses sign-in, sign-out and retry without X-Requested-With (a forged cross-site request), before anything is done', async () => {
    const { cookie } = await signInBackOffice(server, 'jansen', PASSWORD);
    const forgedSignIn = await server.fetch('/api/v1/backoffice/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'jansen', password: PASSWORD }),
    });
    expect(forgedSignIn.status).toBe(403);
    expect(forgedSignIn.body).toMatchObject({ type: 'urn:hulploket:problem:csrf-header-missing' });
    expect(forgedSignIn.headers.get('set-cookie')).toBeNull();
    // A cross-site form can send only these content types, and no custom header.
    const formPost = await server.fetch('/api/v1/backoffice/session', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(formPost.status).toBe(403);
    expect((await server.fetch('/api/v1/backoffice/session', { method: 'DELETE', headers: { cookie } })).status).toBe(403);
    expect((await server.fetch('/api/v1/backoffice/forwarding/HV-2026-000001/retry', { method: 'POST', headers: { cookie } })).status).toBe(403);
    expect((await server.fetch('/api/v1/backoffice/session', { headers: { cookie } })).status).toBe(200);
  });

  it('refuses a sign-in body that is not as documented', async () => {
    for (const body of ['{"user":"jansen"}', '{"user":"jansen","password":"x","extra":1}', 'not json']) {
      const response = await server.fetch('/api/v1/backoffice/session', { method: 'POST', headers: { 'content-type': 'application/json', ...CSRF_HEADER }, body });
      expect(response.status, body).toBe(400);
      expect(response.body, body).toMatchObject({ type: 'urn:hulploket:problem:backoffice-request-invalid' });
    }
  });

  it('does not let a device token stand in for a session', async () => {
    const response = await server.fetch('/api/v1/backoffice/forwarding', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(401);
  });
});

describe('the session cookie behind a TLS-terminating proxy', () => {
  it('is Secure when the proxy says the browser used HTTPS and TRUST_PROXY is on, and only then', async () => {
    for (const trustProxy of [true, false]) {
      const server = await startTestServer({ withForwarding: true, trustProxy });
      try {
        await saveBackOfficeAccount(server.store.backOfficeAccounts, { userName: 'jansen', displayName: 'J. Jansen', password: PASSWORD }, new Date());
        const response = await server.fetch('/api/v1/backoffice/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', ...CSRF_HEADER },
          body: JSON.stringify({ user: 'jansen', password: PASSWORD }),
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('set-cookie')?.endsWith('; Secure'), `trustProxy ${trustProxy}`).toBe(trustProxy);
      } finally {
        await server.close();
      }
    }
  });
});

describe('a service without a forwarding store', () => {
  it('has no back office: its addresses are 404', async () => {
    const server = await startTestServer();
    try {
      expect((await signInBackOffice(server, 'jansen', PASSWORD)).response.status).toBe(404);
      expect((await server.fetch('/api/v1/backoffice/forwarding')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
