import { render } from '@testing-library/preact';
import { App } from '../../src/app/App';
import { TabletContext } from '../../src/app/TabletContext';
import { applications, type Application } from '../../src/application';
import type { IntakeClient, SendResult } from '../../src/intake';
import type { Answers } from '../../src/wizard';
import { tablet } from './testTablet';

/**
 * An intake client for jsdom tests that records what it was asked to send and answers with
 * `result`, or with what `answerWith` set since (the service coming back, or refusing).
 */
export function recordingClient(result: SendResult): IntakeClient & { sent: unknown[]; answerWith(next: SendResult): void } {
  const sent: unknown[] = [];
  let answer = result;
  return {
    sent,
    answerWith: (next) => void (answer = next),
    send: async (submission, key) => {
      sent.push({ submission, key });
      return answer;
    },
    parkDraft: async () => 'failed',
    fetchParkedDraft: async () => ({ kind: 'notFound' }),
    lookUpAddress: async () => ({ kind: 'unavailable' }),
    lookUpStatus: async () => ({ kind: 'unreachable' }),
  };
}

/** The consent every application in progress here starts with (the consent screen has its own tests). */
export const TEST_CONSENT = { given: true, at: '2026-11-29T10:00:00.000Z', contactChannel: 'post' } as const;

/**
 * Renders the whole app at an address, with an application in progress for `permitId` when given
 * (the citizen has consented, unless `consent` is `false`, and applies for themselves unless the
 * answers say otherwise: "Voor wie is deze aanvraag?" is behind them). Browser tests use the real intake
 * service; here the client is a stand-in that follows the contract.
 */
export function renderApp(
  path: string,
  application?: { permitId: string; answers?: Answers; receipt?: Application['receipt']; consent?: false; recordedAtDesk?: Application['recordedAtDesk'] },
  client?: IntakeClient,
) {
  history.replaceState(null, '', path);
  if (application) {
    applications.set({
      [application.permitId]: {
        permitId: application.permitId,
        draftId: crypto.randomUUID(),
        startedAt: '2026-11-29T10:00:00.000Z',
        answers: { onBehalfOf: 'self', ...application.answers },
        serverErrors: [],
        typedBy: {},
        ...(application.consent === false ? {} : { consent: TEST_CONSENT }),
        ...(application.receipt ? { receipt: application.receipt } : {}),
        ...(application.recordedAtDesk ? { recordedAtDesk: application.recordedAtDesk } : {}),
      },
    });
  }
  const app = <App />;
  return render(<TabletContext.Provider value={client ? { ...tablet, intakeClient: client } : tablet}>{app}</TabletContext.Provider>);
}
