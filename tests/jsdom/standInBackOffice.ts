import type { BackOfficeClient, ForwardingDetail, ForwardingState } from '../../src/backOffice';

export const BACK_OFFICE_USER = 'jansen';
export const BACK_OFFICE_PASSWORD = 'een lang wachtwoord 42';

/**
 * A back-office client for jsdom tests that answers as the contract says from a few applications
 * in memory: one account, two applications that need action, one registered. The service's own
 * behaviour is tested in tests/server; the browser test uses the real service.
 */
export function standInBackOffice(options: { signedIn?: boolean; locked?: boolean } = {}): BackOfficeClient & { retried: string[]; retryElsewhere(reference: string): void } {
  let signedIn = options.signedIn ?? false;
  const retried: string[] = [];
  const failed = (reference: string, formId: string, receivedAt: string): ForwardingDetail => ({
    line: { reference, formId, receivedAt, state: 'needsAction', attempts: 5, reason: 'Het zaaksysteem antwoordde niet binnen 10 seconden.' },
    attempts: [
      {
        at: '2026-05-04T09:10:00.000Z',
        step: 'zaak',
        outcome: 'needsAction',
        message: 'Het zaaksysteem antwoordde niet binnen 10 seconden.',
        detail: 'POST https://zaken.example/zaken/api/v1/zaken: timeout after 10000 ms',
      },
    ],
  });
  const details: Record<string, ForwardingDetail> = {
    'HV-2026-000003': failed('HV-2026-000003', 'bewonersparkeervergunning', '2026-05-04T09:02:00.000Z'),
    'HV-2026-000001': failed('HV-2026-000001', 'standplaatsvergunning', '2026-05-04T09:00:00.000Z'),
    'HV-2026-000002': {
      line: { reference: 'HV-2026-000002', formId: 'bewonersparkeervergunning', receivedAt: '2026-05-04T09:01:00.000Z', state: 'registered', attempts: 1, zaakIdentificatie: 'ZAAK-2026-0000042', registeredAt: '2026-05-04T09:05:00.000Z' },
      attempts: [{ at: '2026-05-04T09:05:00.000Z', step: 'status', outcome: 'registered', message: 'Geregistreerd als zaak.' }],
    },
  };
  const session = { user: BACK_OFFICE_USER, name: 'J. Jansen', expiresAt: '2026-05-04T17:00:00.000Z' };
  const lines = () => Object.values(details).map((detail) => detail.line);
  return {
    retried,
    session: async () => (signedIn ? { kind: 'ok', value: session } : { kind: 'signedOut' }),
    signIn: async (user, password) => {
      if (options.locked) return { kind: 'locked', minutes: 15 };
      if (user !== BACK_OFFICE_USER || password !== BACK_OFFICE_PASSWORD) return { kind: 'wrong' };
      signedIn = true;
      return { kind: 'signedIn', session };
    },
    signOut: async () => {
      signedIn = false;
    },
    list: async (state, offset, limit) => {
      if (!signedIn) return { kind: 'signedOut' };
      const counts: Record<ForwardingState, number> = { waiting: 0, registering: 0, registered: 0, needsAction: 0 };
      for (const line of lines()) counts[line.state] += 1;
      const items = lines()
        .filter((line) => line.state === state)
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
        .slice(offset, offset + limit);
      return { kind: 'ok', value: { counts, state, offset, limit, items } };
    },
    detail: async (reference) => {
      if (!signedIn) return { kind: 'signedOut' };
      const detail = details[reference];
      return detail ? { kind: 'ok', value: detail } : { kind: 'unavailable' };
    },
    retry: async (reference) => {
      if (!signedIn) return { kind: 'signedOut' };
      const detail = details[reference];
      if (!detail) return { kind: 'notFound' };
      if (detail.line.state !== 'needsAction') return { kind: 'noActionNeeded' };
      retried.push(reference);
      return { kind: 'ok', value: retryNow(reference, BACK_OFFICE_USER) };
    },
    retryElsewhere: (reference) => void retryNow(reference, 'devries'),
  };

  function retryNow(reference: string, by: string): ForwardingDetail {
    const detail = details[reference];
    if (!detail) throw new Error(`No application ${reference}`);
    const { reason: _reason, ...line } = detail.line;
    details[reference] = {
      line: { ...line, state: 'waiting', nextAttemptAt: '2026-05-04T09:30:00.000Z' },
      attempts: [...detail.attempts, { at: '2026-05-04T09:30:00.000Z', step: 'retry', outcome: 'retryRequested', message: 'Opnieuw proberen gevraagd.', by }],
    };
    return details[reference];
  }
}
