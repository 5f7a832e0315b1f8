import { fireEvent, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { signedInStaff } from '../../src/staff';
import { todayIso, type FileAnswer } from '../../src/wizard';
import { exampleFileBytes } from '../fixtures/exampleFiles';
import { permitExample } from '../fixtures/permitExamples';
import { expectNoAxeViolations } from './axe';
import { recordingClient, renderApp } from './renderApp';

const GPK = 'gehandicaptenparkeerkaart';
const before = { cardKind: 'driver', applicationKind: 'first' };
const UNSAFE = 'Er staat een onzichtbaar teken in uw antwoord. Dat gebeurt vaak bij kopiëren en plakken. Typ het antwoord opnieuw.';
const submit = () => fireEvent.submit(document.querySelector('form') as HTMLFormElement);
const type = (id: string, value: string) => fireEvent.input(document.getElementById(id) as HTMLInputElement, { target: { value } });
const answers = () => applications.get()[GPK]?.answers ?? {};

// jsdom has no object URLs; the previews of kept photos need one.
beforeEach(() => {
  URL.createObjectURL = () => 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  URL.revokeObjectURL = () => undefined;
});

describe('an answer with a character nobody means to type', () => {
  it('gets a plain message at its question and in the summary after "Volgende", and the typed text is kept', async () => {
    renderApp(`/aanvraag/${GPK}/stap/personalDetails`, { permitId: GPK, answers: before });
    type('q-bsn', '111222333');
    // A name pasted from a document with a right-to-left override in it.
    type('q-givenNames', 'Johanna\u202eairaM');
    type('q-familyName', 'de Vries');
    type('q-dateOfBirth', '17-05-1948');
    submit();
    expect(await screen.findByRole('link', { name: UNSAFE })).toBeTruthy();
    expect(document.getElementById('q-givenNames-error')?.textContent).toBe(`Fout: ${UNSAFE}`);
    expect(document.getElementById('q-givenNames')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('q-givenNames')?.getAttribute('aria-describedby')).toContain('q-givenNames-error');
    expect(document.getElementById('q-familyName')?.getAttribute('aria-invalid')).toBeNull();
    expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/personalDetails`);
    expect(answers()).toMatchObject({ givenNames: 'Johanna\u202eairaM' });

    type('q-givenNames', 'Johanna Maria');
    submit();
    await waitFor(() => expect(location.pathname).not.toBe(`/aanvraag/${GPK}/stap/personalDetails`));
  });

  it('is shown at the part of an address it is in', async () => {
    renderApp(`/aanvraag/${GPK}/stap/homeAddress`, { permitId: GPK, answers: before });
    type('q-homeAddress-postcode', '3511 AB');
    type('q-homeAddress-houseNumber', '12');
    type('q-homeAddress-street', 'Voorbeeld\u200bstraat');
    type('q-homeAddress-city', 'Utrecht');
    submit();
    await waitFor(() => expect(document.getElementById('q-homeAddress-street-error')?.textContent).toBe(`Fout: ${UNSAFE}`));
    expect(document.getElementById('q-homeAddress-city-error')).toBeNull();
  });

  it('keeps Persian with its joiner, Turkish and emoji as typed', async () => {
    renderApp(`/aanvraag/${GPK}/stap/personalDetails`, { permitId: GPK, answers: before });
    type('q-bsn', '111222333');
    type('q-givenNames', 'İpek می\u200cخواهم 👨\u200d👩\u200d👧');
    type('q-familyName', 'Brûlé');
    type('q-dateOfBirth', '17-05-1948');
    submit();
    await waitFor(() => expect(location.pathname).not.toBe(`/aanvraag/${GPK}/stap/personalDetails`));
  });
});

describe('a picked file whose name has such characters', () => {
  it('is kept under its cleaned name rather than refused, since nobody can rename it at the desk', async () => {
    renderApp(`/aanvraag/${GPK}/stap/identityDocument`, { permitId: GPK, answers: before });
    const bytes = new Uint8Array(exampleFileBytes({ name: 'identiteitsbewijs.pdf' }));
    // Shown by a file manager as "scanexe.pdf"; it really ends in ".pdf" only because of its content here.
    await userEvent.upload(await screen.findByLabelText(/identiteitsbewijs toe/), new File([bytes], 'scan\u202efdp\u200b.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect((answers().identityDocument as readonly FileAnswer[] | undefined)?.[0]?.name).toBe('scanfdp.pdf'));
    expect(document.body.textContent).toContain('scanfdp.pdf is toegevoegd.');
    expect(document.body.textContent).not.toContain('\u202e');
  });
});

// axe over the whole check page: slow on a busy machine, not a timing check.
describe('the internal note with such a character', { timeout: 30_000 }, () => {
  it('gets a plain message at the note, and "Aanvraag versturen" takes the employee there instead of sending', async () => {
    signedInStaff.set({ staffId: 'm.jansen', name: 'Mila Jansen' });
    const example = permitExample(GPK, 'firstApplicationDriver').answers(todayIso());
    const client = recordingClient({ kind: 'sent', receipt: { reference: 'GPK-2026-000001', receivedAt: '2026-11-29T10:00:00Z', status: 'received', expectedDecisionBy: '2027-01-24' } });
    // The desk steps are done, so "Aanvraag versturen" has only the note left to stop it.
    const recorded = { staffId: 'm.jansen', staffName: 'Mila Jansen', at: '2026-11-29T10:05:00.000Z' };
    const desk = { applicantIdentity: 'passport', identityDocumentsValid: 'yes', paymentMethod: 'pin' };
    renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: { ...example, ...desk }, recordedAtDesk: { identityCheck: recorded, payment: recorded } }, client);
    const note = (await screen.findByLabelText(/Interne notitie/)) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Brief gezien.\nBelt terug\u0000' } });
    const message = 'Er staat een onzichtbaar teken in de notitie. Dat gebeurt vaak bij kopiëren en plakken. Typ de notitie opnieuw.';
    await waitFor(() => expect(document.getElementById('interne-notitie-error')?.textContent).toBe(`Fout: ${message}`));
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(note.getAttribute('aria-describedby')).toContain('interne-notitie-error');
    await expectNoAxeViolations('the check page with a note that cannot go');
    fireEvent.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    expect(document.activeElement).toBe(note);
    expect(client.sent).toEqual([]);

    // Line breaks are fine in a note.
    fireEvent.input(note, { target: { value: 'Brief gezien.\nBelt terug.' } });
    await waitFor(() => expect(document.getElementById('interne-notitie-error')).toBeNull());
    expect(note.getAttribute('aria-invalid')).toBeNull();
  });
});
