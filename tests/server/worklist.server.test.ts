// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveBackOfficeAccount } from '../../server/backOffice/saveBackOfficeAccount';
import { CSRF_HEADER, signInBackOffice } from './support/backOfficeClient';
import { finishDueTries, receive } from './support/seedForwarding';
import { startTestServer, type TestServer } from './support/testServer';

const PASSWORD = 'een lang wachtwoord 42';
const T0 = new Date('2026-05-04T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const DETAIL = 'POST /zaken → 400 {"invalidParams":[{"name":"zaaktype","code":"invalid"}]}';

/**
 * The worklist's routes over the service's own forwarding outbox, filled by saving applications
 * and driven through the `ForwardingStore` interface as the forwarder drives it.
 */
describe('the worklist "Ontvangen aanvragen"', () => {
  let server: TestServer;
  let cookie = '';
  let clock = at(30);
  beforeAll(async () => {
    server = await startTestServer({ withForwarding: true, now: () => clock });
    const { store } = server;
    await receive(store, 'bewonersparkeervergunning', at(0));
    await receive(store, 'standplaatsvergunning', at(1));
    await receive(store, 'bewonersparkeervergunning', at(2));
    await finishDueTries(store.forwarding, at(5), (reference) =>
      reference === 'HV-2026-000002'
        ? { kind: 'registered', zaakIdentificatie: 'ZAAK-2026-0000042' }
        : { kind: 'needsAction', reason: 'Het zaaksysteem kent dit zaaktype niet.', detail: DETAIL },
    );
    await receive(store, 'standplaatsvergunning', at(20));
    await saveBackOfficeAccount(server.store.backOfficeAccounts, { userName: 'jansen', displayName: 'J. Jansen', password: PASSWORD }, T0);
    ({ cookie } = await signInBackOffice(server, 'jansen', PASSWORD));
  });
  afterAll(() => server.close());

  it('counts the applications in each state and lists what needs action, newest first', async () => {
    const response = await server.fetch('/api/v1/backoffice/forwarding', { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toEqual({
      counts: { waiting: 1, registering: 0, registered: 1, needsAction: 2 },
      state: 'needsAction',
      offset: 0,
      limit: 25,
      items: [
        { reference: 'HV-2026-000003', formId: 'bewonersparkeervergunning', receivedAt: at(2).toISOString(), state: 'needsAction', attempts: 1, reason: 'Het zaaksysteem kent dit zaaktype niet.' },
        { reference: 'HV-2026-000001', formId: 'bewonersparkeervergunning', receivedAt: at(0).toISOString(), state: 'needsAction', attempts: 1, reason: 'Het zaaksysteem kent dit zaaktype niet.' },
      ],
    });
  });

  it('lists another state, a page at a time, with the zaak identificatie once registered', async () => {
    const registered = await server.fetch('/api/v1/backoffice/forwarding?state=registered', { headers: { cookie } });
    expect(registered.body).toMatchObject({ state: 'registered', items: [{ reference: 'HV-2026-000002', zaakIdentificatie: 'ZAAK-2026-0000042', registeredAt: at(5).toISOString() }] });
    const page = await server.fetch('/api/v1/backoffice/forwarding?state=needsAction&offset=1&limit=1', { headers: { cookie } });
    expect(page.body).toMatchObject({ offset: 1, limit: 1, items: [{ reference: 'HV-2026-000001' }] });
    for (const query of ['state=lost', 'limit=0', 'limit=101', 'offset=-1', 'offset=a']) {
      expect((await server.fetch(`/api/v1/backoffice/forwarding?${query}`, { headers: { cookie } })).status, query).toBe(400);
    }
  });

  it('shows one application with its tries, the technical detail beside the plain message, and never its answers', async () => {
    const response = await server.fetch('/api/v1/backoffice/forwarding/HV-2026-000001', { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      line: expect.objectContaining({ reference: 'HV-2026-000001', state: 'needsAction' }),
      attempts: [{ at: at(5).toISOString(), step: 'zaak', outcome: 'needsAction', message: 'Het zaaksysteem kent dit zaaktype niet.', detail: DETAIL }],
    });
    expect((await server.fetch('/api/v1/backoffice/forwarding/HV-2026-999999', { headers: { cookie } })).status).toBe(404);
    expect((await server.fetch('/api/v1/backoffice/forwarding/not-a-reference', { headers: { cookie } })).status).toBe(404);
  });

  it('tries again what needs action, recorded with the account that asked; 409 for what does not need action', async () => {
    clock = at(40);
    const retry = await server.fetch('/api/v1/backoffice/forwarding/HV-2026-000001/retry', { method: 'POST', headers: { cookie, ...CSRF_HEADER } });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({
      line: { reference: 'HV-2026-000001', state: 'waiting', nextAttemptAt: at(40).toISOString() },
      attempts: [{ outcome: 'needsAction' }, { outcome: 'retryRequested', step: 'retry', by: 'jansen', at: at(40).toISOString() }],
    });
    expect(((await server.fetch('/api/v1/backoffice/forwarding', { headers: { cookie } })).body as { counts: unknown }).counts).toEqual({
      waiting: 2,
      registering: 0,
      registered: 1,
      needsAction: 1,
    });
    for (const reference of ['HV-2026-000001', 'HV-2026-000002', 'HV-2026-000004']) {
      const again = await server.fetch(`/api/v1/backoffice/forwarding/${reference}/retry`, { method: 'POST', headers: { cookie, ...CSRF_HEADER } });
      expect(again.status, reference).toBe(409);
      expect(again.body, reference).toMatchObject({ type: 'urn:hulploket:problem:forwarding-no-action-needed' });
    }
    expect((await server.fetch('/api/v1/backoffice/forwarding/HV-2026-999999/retry', { method: 'POST', headers: { cookie, ...CSRF_HEADER } })).status).toBe(404);
  });

  it('answers nothing of the worklist without a session', async () => {
    for (const path of ['/api/v1/backoffice/forwarding', '/api/v1/backoffice/forwarding/HV-2026-000003']) {
      const response = await server.fetch(path);
      expect(response.status, path).toBe(401);
      expect(response.text, path).not.toContain('HV-2026-000003');
    }
    const retry = await server.fetch('/api/v1/backoffice/forwarding/HV-2026-000003/retry', { method: 'POST', headers: { ...CSRF_HEADER, cookie: 'hv_backoffice=made-up' } });
    expect(retry.status).toBe(401);
    expect((await server.store.forwarding.findForwarding('HV-2026-000003', clock))?.summary.state).toBe('needsAction');
  });
});
