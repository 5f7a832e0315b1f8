import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applications, saveAnswers, saveApplicationNow, sendApplication } from '../../src/application';
import { findDefinition } from '../../src/definitions';
import type { Receipt } from '../../src/intake';
import { todayIso } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { navigate } from '../../src/app/router';
import { expectNoAxeViolations } from './axe';
import { recordingClient, renderApp } from './renderApp';
import { draftStore, outbox, tablet } from './testTablet';

const GPK = 'gehandicaptenparkeerkaart';
const permit = findDefinition(GPK);
const example = permitExample(GPK, 'firstApplicationDriver').answers(todayIso());
const receipt: Receipt = { reference: 'HV-2026-000077', receivedAt: '2026-11-29T10:15:00.000Z', expectedDecisionBy: '2027-01-25', status: 'received' };
const draftId = () => applications.get()[GPK]?.draftId ?? '';
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

/** The check page with the parking card filled in and saved on the device, as after a real visit. */
async function atCheckPage(client: ReturnType<typeof recordingClient>) {
  renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: example }, client);
  const application = applications.get()[GPK];
  if (application) await saveApplicationNow(tablet, application);
  expect(await draftStore.get(draftId())).toBeDefined();
}

describe('the outbox', () => {
  it('offline: says the application is kept on the tablet and will be sent, shows no reference until the service gave one', async () => {
    const client = recordingClient({ kind: 'unreachable' });
    await atCheckPage(client);
    press('Aanvraag versturen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Uw aanvraag staat klaar op deze tablet' })).toBeTruthy();
    expect(screen.getByText('Uw aanvraag staat klaar op deze tablet en wordt verstuurd zodra er internet is.')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('status').some((status) => status.textContent === 'Wacht op internet')).toBe(true));
    expect(document.body.textContent).not.toMatch(/HV-\d{4}-\d{6}/);
    expect(document.querySelector('.hv-reference__number')).toBeNull();
    expect((await outbox.get(draftId()))?.submission.answers).toMatchObject({ bsn: example.bsn });

    // The first try has been made (and found no network) before the network comes back.
    await waitFor(() => expect(client.sent).toHaveLength(1));
    // The network comes back: the outbox sends by itself, with the same key.
    client.answerWith({ kind: 'sent', receipt });
    dispatchEvent(new Event('online'));
    expect(await screen.findByText('HV-2026-000077')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeTruthy();
    const [first, second] = client.sent as Array<{ key: string }>;
    expect(second?.key).toBe(first?.key);

    // Only the receipt stays on the tablet.
    expect(await outbox.get(draftId())).toBeUndefined();
    expect(await draftStore.get(draftId())).toBeUndefined();
    expect((await draftStore.listReceipts()).map((stored) => stored.reference)).toEqual(['HV-2026-000077']);
  });

  it('401: keeps the application and asks staff to link the tablet again; "Nu versturen" then sends it', async () => {
    const client = recordingClient({ kind: 'unauthorised' });
    await atCheckPage(client);
    press('Aanvraag versturen');

    await waitFor(() => expect(screen.getAllByRole('status').some((status) => status.textContent?.startsWith('Actie nodig: Deze tablet is nog niet gekoppeld'))).toBe(true));
    expect(screen.getByRole('link', { name: 'Tablet koppelen (voor de medewerker)' }).getAttribute('href')).toBe('/koppelen');
    expect((await outbox.get(draftId()))?.state).toEqual({ kind: 'needsAction', reason: 'unauthorised' });
    expect(await draftStore.get(draftId())).toBeDefined();

    client.answerWith({ kind: 'sent', receipt });
    press('Nu versturen');
    expect(await screen.findByText('HV-2026-000077')).toBeTruthy();
  });

  it('422: keeps the application, takes the person to the question; the same answers go with the same key, changed ones with a new key', async () => {
    if (!permit) throw new Error('The parking card definition is missing');
    const client = recordingClient({ kind: 'rejected', errors: [{ field: 'bsn', code: 'bsn.checksum' }] });
    await atCheckPage(client);
    press('Aanvraag versturen');

    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/personalDetails`));
    expect(document.getElementById('q-bsn-error')?.textContent).toContain('Dit burgerservicenummer klopt niet.');
    expect((await outbox.get(draftId()))?.state).toMatchObject({ kind: 'needsAction', reason: 'rejected' });
    // Not sent again by itself: the answers must change first.
    dispatchEvent(new Event('online'));
    await outbox.sendNow();
    expect(client.sent).toHaveLength(1);

    await sendApplication(tablet, permit, 'nl');
    saveAnswers(GPK, { familyName: 'Anders' });
    await sendApplication(tablet, permit, 'nl');
    const [first, unchanged, changed] = client.sent as Array<{ key: string }>;
    expect(unchanged?.key).toBe(first?.key);
    expect(changed?.key).not.toBe(first?.key);
  });

  it('429 with Retry-After: no new try before the service said, whatever triggers it', async () => {
    const client = recordingClient({ kind: 'unreachable', retryAfterSeconds: 120 });
    await atCheckPage(client);
    const before = Date.now();
    press('Aanvraag versturen');
    await screen.findByRole('heading', { level: 1, name: 'Uw aanvraag staat klaar op deze tablet' });
    await waitFor(() => expect(client.sent).toHaveLength(1));

    const state = (await outbox.get(draftId()))?.state;
    expect(state?.kind).toBe('waiting');
    expect(state?.kind === 'waiting' && state.nextAttemptAt).toBeGreaterThanOrEqual(before + 120_000);
    dispatchEvent(new Event('online'));
    press('Nu versturen');
    await outbox.sendNow();
    expect(client.sent).toHaveLength(1);
    expect(await outbox.get(draftId())).toBeDefined();
  });

  it('staff: a stuck application is listed with its state, saved as a file with its answers, and deleted only after confirming', async () => {
    if (!permit) throw new Error('The parking card definition is missing');
    const client = recordingClient({ kind: 'unauthorised' });
    await atCheckPage(client);
    await sendApplication(tablet, permit, 'nl');
    const id = draftId();

    navigate({ name: 'drafts' });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Aanvragen op deze tablet' });
    expect(await screen.findByText('Gehandicaptenparkeerkaart, klaar om te versturen')).toBeTruthy();
    expect(screen.getAllByRole('status').some((status) => status.textContent?.startsWith('Actie nodig: Deze tablet is nog niet gekoppeld'))).toBe(true);
    await expectNoAxeViolations('the staff list with a stuck application');

    const files: Blob[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:saved');
    URL.revokeObjectURL = () => undefined;
    try {
      press('Bewaren als bestand Gehandicaptenparkeerkaart');
      await waitFor(() => expect(files).toHaveLength(1));
    } finally {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
    }
    const saved = JSON.parse(await (files[0] as Blob).text()) as { idempotencyKey: string; submission: { answers: Record<string, unknown> } };
    expect(saved.submission.answers).toMatchObject({ bsn: example.bsn });
    expect(saved.idempotencyKey).toBe((client.sent[0] as { key: string }).key);
    expect(screen.getAllByRole('status').some((status) => /^Het bestand aanvraag-gehandicaptenparkeerkaart-.+\.json is gemaakt\./.test(status.textContent ?? ''))).toBe(true);

    press('Verwijderen Gehandicaptenparkeerkaart');
    expect(screen.getByRole('group', { name: /^Weet u het zeker\?/ })).toBeTruthy();
    await expectNoAxeViolations('the confirmation before deleting a queued application');
    press('Nee, bewaren');
    expect(await outbox.get(id)).toBeDefined();

    press('Verwijderen Gehandicaptenparkeerkaart');
    press('Ja, verwijderen');
    await waitFor(() => expect(screen.getAllByRole('status').some((status) => status.textContent === 'De aanvraag is van deze tablet verwijderd.')).toBe(true));
    expect(document.activeElement).toBe(heading);
    expect(await outbox.get(id)).toBeUndefined();
    expect(await draftStore.get(id)).toBeUndefined();
    expect(applications.get()[GPK]).toBeUndefined();
    expect(screen.queryByText('Gehandicaptenparkeerkaart, klaar om te versturen')).toBeNull();
  });
});
