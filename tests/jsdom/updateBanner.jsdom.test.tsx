import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceWorkerEvents } from '../../src/app/serviceWorker/createAppUpdate';
import { keepApplicationsSaved } from '../../src/application';
import { expectNoAxeViolations } from './axe';
import { renderApp } from './renderApp';
import { appUpdate, draftStore, tablet } from './testTablet';

const GPK = 'gehandicaptenparkeerkaart';

/** A new version arriving, as workbox-window reports it; records the SKIP_WAITING message. */
const listeners: Record<string, (event: { isUpdate?: boolean }) => void> = {};
let skipWaitingSent = 0;
const workbox: ServiceWorkerEvents = {
  addEventListener: (type, listener) => void (listeners[type] = listener),
  messageSkipWaiting: () => void skipWaitingSent++,
};
appUpdate.watch(workbox);

let stopSaving: (() => void) | undefined;
afterEach(() => stopSaving?.());

describe('the new-version notice', () => {
  it('appears in a polite status region while the person types, moves no focus, and saves before it updates', async () => {
    stopSaving = keepApplicationsSaved(tablet);
    renderApp(`/aanvraag/${GPK}/stap/personalDetails`, { permitId: GPK, answers: { cardKind: 'driver', applicationKind: 'first' } });
    const field = document.getElementById('q-familyName') as HTMLInputElement;
    field.focus();
    fireEvent.input(field, { target: { value: 'Bijwerkmans' } });
    expect(screen.queryByRole('button', { name: 'Nu bijwerken' })).toBeNull();
    const region = document.querySelector('.hv-update [role="status"]');
    expect(region?.textContent).toBe('');

    listeners.waiting?.({});
    await screen.findByRole('button', { name: 'Nu bijwerken' });
    // The same region that was there, empty, before: that is what makes a screen reader say it.
    expect(document.querySelector('.hv-update [role="status"]')).toBe(region);
    expect(region?.textContent).toMatch(/^Er is een nieuwe versie van de app\./);
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('Bijwerkmans');
    expect(skipWaitingSent).toBe(0);
    await expectNoAxeViolations('step with the new-version notice');

    fireEvent.click(screen.getByRole('button', { name: 'Nu bijwerken' }));
    await waitFor(() => expect(skipWaitingSent).toBe(1));
    // The typed answer was on the device before the new version was told to take over.
    const [draft] = await draftStore.list();
    expect(draft && (await draftStore.get(draft.id))?.answers.familyName).toBe('Bijwerkmans');
  });
});
