import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { todayIso } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { recordingClient, renderApp } from './renderApp';

const GPK = 'gehandicaptenparkeerkaart';
const example = permitExample(GPK, 'firstApplicationDriver').answers(todayIso());
const submit = () => fireEvent.submit(document.querySelector('form') as HTMLFormElement);
const type = (id: string, value: string) => fireEvent.input(document.getElementById(id) as HTMLInputElement, { target: { value } });
const answers = () => applications.get()[GPK]?.answers ?? {};

describe('a step of the wizard', () => {
  it('after a failed "Volgende": "Fout:" in the title, focus on the summary, every typed value kept', async () => {
    renderApp(`/aanvraag/${GPK}/stap/personalDetails`, { permitId: GPK, answers: { cardKind: 'driver', applicationKind: 'first' } });
    type('q-bsn', '123456789');
    type('q-givenNames', 'Johanna');
    submit();
    await waitFor(() => expect(document.activeElement?.classList.contains('hv-error-summary')).toBe(true));
    expect(document.title).toBe('Fout: Stap 3 van 13: Uw gegevens – Aanvraag Gehandicaptenparkeerkaart – Gemeente Voorbeeld');
    expect((document.getElementById('q-bsn') as HTMLInputElement).value).toBe('123456789');
    expect((document.getElementById('q-givenNames') as HTMLInputElement).value).toBe('Johanna');
    expect(document.getElementById('q-bsn')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('q-bsn')?.getAttribute('aria-describedby')).toContain('q-bsn-error');
    expect(answers()).toMatchObject({ bsn: '123456789', givenNames: 'Johanna' });
  });

  it('a link in the error summary focuses its field', async () => {
    renderApp(`/aanvraag/${GPK}/stap/personalDetails`, { permitId: GPK, answers: { cardKind: 'driver', applicationKind: 'first' } });
    submit();
    fireEvent.click(await screen.findByRole('link', { name: 'Vul uw achternaam in.' }));
    expect(document.activeElement?.id).toBe('q-familyName');
  });

  it('a valid step moves on: new title, focus on the new heading, history entry for Back', async () => {
    renderApp(`/aanvraag/${GPK}/stap/cardKind`, { permitId: GPK });
    const historyLength = history.length;
    fireEvent.click(screen.getByLabelText('Passagierskaart'));
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/applicationKind`));
    expect(document.title).toMatch(/^Stap 2 van \d+: Hebt u al een gehandicaptenparkeerkaart\?/);
    expect(document.activeElement?.tagName).toBe('H1');
    expect(history.length).toBe(historyLength + 1);
    expect(answers()).toMatchObject({ cardKind: 'passenger' });
  });

  it('shows a follow-up question on the same step as soon as its trigger is answered', async () => {
    renderApp(`/aanvraag/${GPK}/stap/ownCar`, { permitId: GPK, answers: { cardKind: 'driver' } });
    expect(screen.queryByText('Is de auto aangepast aan uw beperking?', { exact: false })).toBeNull();
    fireEvent.click(screen.getByLabelText('Ja'));
    // The question, and the hidden name of its "Lees voor" button.
    expect(await screen.findAllByText('aangepast', { exact: false })).not.toHaveLength(0);
  });

  it('fills in an earlier answer where it is asked again (WCAG 3.3.7)', () => {
    renderApp(`/aanvraag/${GPK}/stap/medicalAssessment`, { permitId: GPK, answers: { ...example, assessmentPhone: undefined } });
    expect((document.getElementById('q-assessmentPhone') as HTMLInputElement).value).toBe(example.phone);
  });

  it('skips a step the answers switched off when addressed directly', async () => {
    renderApp(`/aanvraag/${GPK}/stap/ownCar`, { permitId: GPK, answers: { cardKind: 'passenger' } });
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/applicationKind`));
  });
});

describe('the check-answers page', () => {
  it('lists every answer; "Wijzig" leads to the step and "Volgende" back to the check page', async () => {
    renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: example });
    expect(screen.getByText('van den Berg')).toBeTruthy();
    expect(screen.getByText('15 juni 1950')).toBeTruthy();
    const change = screen.getByRole('link', { name: 'Wijzig antwoord op: Wat is uw achternaam?' });
    fireEvent.click(change);
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/personalDetails`));
    type('q-familyName', 'de Vries');
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/controleren`));
    expect(screen.getByText('de Vries')).toBeTruthy();
  });

  it('shows the costs and the decision term before sending (no surprises)', () => {
    renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: example });
    expect(screen.getByText('€ 48,95')).toBeTruthy();
    expect(screen.getByText('€ 110,00')).toBeTruthy();
    expect(screen.getByText('€ 158,95')).toBeTruthy();
    // What each amount is for, and whether a refusal costs it too: the card is paid back, the assessment is not.
    const row = (label: string) => screen.getByText(label).closest('.hv-answers__row')?.textContent ?? '';
    expect(row('Kosten van de kaart')).toContain('Weigeren wij de aanvraag? Dan krijgt u dit geld terug.');
    expect(row('Kosten van de medische keuring')).toContain('Dit betaalt u ook als wij de aanvraag weigeren.');
    expect(screen.getByText('Wij beslissen binnen 8 weken nadat wij uw aanvraag hebben ontvangen.')).toBeTruthy();
  });

  it('leaves out the medical-assessment fee when a renewal needs no assessment', () => {
    renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: permitExample(GPK, 'renewalPassengerUnchanged').answers(todayIso()) });
    expect(screen.getByText('€ 48,95')).toBeTruthy();
    expect(screen.queryByText('€ 110,00')).toBeNull();
    // One fee is its own total.
    expect(screen.queryByText('Totaal')).toBeNull();
  });
});

describe('sending', () => {
  const receipt = { reference: 'HV-2026-000042', receivedAt: '2026-11-29T10:15:00.000Z', expectedDecisionBy: '2027-01-25', status: 'received' } as const;

  it('shows the real reference and decision date, forgets the answers, and Back never sends again', async () => {
    const client = recordingClient({ kind: 'sent', receipt });
    renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: example }, client);
    fireEvent.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    // Sending goes through the outbox in IndexedDB: on a busy machine that takes more than a second.
    expect(await screen.findByText('HV-2026-000042', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('25 januari 2027')).toBeTruthy();
    expect(location.pathname).toBe(`/aanvraag/${GPK}/verstuurd`);
    expect(answers()).toEqual({});
    expect(client.sent).toHaveLength(1);
    expect(client.sent[0]).toMatchObject({
      submission: { formId: GPK, formVersion: 2, locale: 'nl', answers: { bsn: '111222333', dateOfBirth: '1950-06-15', drivesOwnCar: true }, assistance: { assisted: false } },
    });

    history.pushState(null, '', `/aanvraag/${GPK}/controleren`);
    dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/verstuurd`));
    expect(client.sent).toHaveLength(1);
  });

  it('shows the service’s field errors at the right question', async () => {
    const client = recordingClient({ kind: 'rejected', errors: [{ field: 'bsn', code: 'bsn.checksum' }] });
    renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: example }, client);
    fireEvent.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/personalDetails`));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(document.getElementById('q-bsn-error')?.textContent).toContain('Dit burgerservicenummer klopt niet.');
    expect((document.getElementById('q-bsn') as HTMLInputElement).value).toBe(example.bsn);
  });

  it('keeps everything and says so plainly when the service cannot be reached; a retry uses the same key', async () => {
    const client = recordingClient({ kind: 'unreachable' });
    renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: example }, client);
    fireEvent.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    expect(await screen.findByText('Uw aanvraag staat klaar op deze tablet en wordt verstuurd zodra er internet is.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(location.pathname).toBe(`/aanvraag/${GPK}/verstuurd`);
    fireEvent.click(screen.getByRole('button', { name: 'Nu versturen' }));
    await waitFor(() => expect(client.sent).toHaveLength(2));
    const [first, second] = client.sent as Array<{ key: string; submission: unknown }>;
    expect(second?.key).toBe(first?.key);
    expect(second?.submission).toEqual(first?.submission);
    expect(answers()).toEqual({ onBehalfOf: 'self', ...example });
  });
});

describe('the language of the visit', () => {
  it('switches the whole page to English and back, keeping every answer', async () => {
    renderApp(`/aanvraag/${GPK}/stap/personalDetails`, { permitId: GPK, answers: { cardKind: 'driver', applicationKind: 'first' } });
    type('q-familyName', 'van den Berg');
    fireEvent.click(screen.getByText('Weergave en taal'));
    fireEvent.click(await screen.findByRole('radio', { name: 'English' }));
    // The first switch loads the English catalogue's files; under load that takes a while.
    expect(await screen.findByRole('heading', { level: 1, name: 'Your details' }, { timeout: 10_000 })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en-GB');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toMatch(/^Step 3 of 13: Your details/);
    expect((document.getElementById('q-familyName') as HTMLInputElement).value).toBe('van den Berg');
    fireEvent.click(screen.getByRole('radio', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Uw gegevens' })).toBeTruthy();
  });
});
