import { virtual } from '@guidepup/virtual-screen-reader';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createResumeCode } from '../../src/drafts';
import { signedInStaff } from '../../src/staff';
import { recordingClient, renderApp } from './renderApp';

afterEach(async () => {
  await virtual.stop();
});

/** Reads the whole page from top to bottom, as a screen-reader user pressing "next" would. */
async function readWholePage(): Promise<string[]> {
  await virtual.start({ container: document.body });
  for (let i = 0; i < 300 && (await virtual.lastSpokenPhrase()) !== 'end of document'; i++) await virtual.next();
  const log = await virtual.spokenPhraseLog();
  await virtual.stop();
  return log;
}

const PERSONAL = '/aanvraag/gehandicaptenparkeerkaart/stap/personalDetails';
const earlier = { permitId: 'gehandicaptenparkeerkaart', answers: { cardKind: 'driver', applicationKind: 'first' } };

describe('what a screen reader announces on a step', () => {
  it('announces a question with its label, its hint and that it is required', async () => {
    renderApp(PERSONAL, earlier);
    const log = await readWholePage();
    expect(log).toContain(
      'textbox, Wat is uw burgerservicenummer (BSN)?, Het BSN is uw persoonlijke nummer bij de overheid. Het heeft 9 cijfers. Het staat op uw paspoort, ID-kaart of rijbewijs. Dit is een Nederlands nummer., required',
    );
    // The step's place is read with its heading, where focus lands at every step change.
    expect(log).toContain('heading, Uw gegevens, Stap 3 van 13, level 1');
  });

  it('announces a single question as the page heading and its options as a required group', async () => {
    renderApp('/aanvraag/gehandicaptenparkeerkaart/stap/cardKind', { permitId: 'gehandicaptenparkeerkaart' });
    const log = await readWholePage();
    expect(log).toContain('heading, Welke kaart wilt u aanvragen?, Stap 1 van 15, level 1');
    expect(log.find((phrase) => phrase.startsWith('radiogroup, Welke kaart wilt u aanvragen?'))).toMatch(/required/);
    expect(log.find((phrase) => phrase.startsWith('radio, Bestuurderskaart'))).toContain('U rijdt zelf in de auto.');
  });

  it('after a failed "Volgende", announces the error summary and each field’s error with the field', async () => {
    renderApp(PERSONAL, earlier);
    fireEvent.input(document.getElementById('q-bsn') as HTMLInputElement, { target: { value: '123456789' } });
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    const log = await readWholePage();
    const alert = log.slice(log.indexOf('alert'), log.indexOf('end of alert'));
    expect(alert).toContain('link, Dit burgerservicenummer klopt niet. Kijk het nummer na op uw paspoort, ID-kaart of rijbewijs.');
    expect(alert).toContain('link, Vul uw voornamen in.');
    const bsnBox = log.find((phrase) => phrase.startsWith('textbox, Wat is uw burgerservicenummer'));
    expect(bsnBox).toContain('Fout: Dit burgerservicenummer klopt niet.');
    expect(bsnBox).toMatch(/invalid, required$/);
  });
});

describe('what a screen reader announces in staff mode', () => {
  it('announces a staff note as a note with its label, apart from the question, and the "who typed" choice as for the employee', async () => {
    signedInStaff.set({ staffId: 'm.jansen', name: 'Mila Jansen' });
    renderApp(PERSONAL, earlier);
    const log = await readWholePage();
    // The question's own description stays the citizen's: the staff note is not read with the field.
    expect(log).toContain(
      'textbox, Wat is uw burgerservicenummer (BSN)?, Het BSN is uw persoonlijke nummer bij de overheid. Het heeft 9 cijfers. Het staat op uw paspoort, ID-kaart of rijbewijs. Dit is een Nederlands nummer., required',
    );
    expect(log).toContain('note');
    expect(log).toContain('Tip voor de medewerker:');
    expect(log.find((phrase) => phrase.startsWith('group, Voor de medewerker: wie typte de antwoorden op deze stap?'))).toBeDefined();
    expect(log.find((phrase) => phrase.startsWith('radio, De medewerker, voor de inwoner'))).toContain('checked');
  });
});

describe('where the person is in the application', () => {
  it('says once, politely, that the number of steps changed because of an answer, and the heading is read with the new count', async () => {
    renderApp('/aanvraag/gehandicaptenparkeerplaats/stap/placeKind', { permitId: 'gehandicaptenparkeerplaats' });
    const heading = screen.getByRole('heading', { level: 1 });
    expect(document.getElementById(heading.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Stap 1 van 12');
    const said = () => [...document.querySelectorAll('main [role="status"]')].map((status) => status.textContent).join('');
    expect(said()).toBe('');
    fireEvent.click(screen.getByLabelText(/Bij mijn huis/));
    await waitFor(() => expect(said()).toBe('Er zijn nu 11 stappen.'));
    expect(document.getElementById(heading.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Stap 1 van 11');
    await virtual.start({ container: document.body });
    heading.focus();
    await virtual.next();
    await virtual.previous();
    expect(await virtual.lastSpokenPhrase()).toMatch(/^heading, .*, Stap 1 van 11, level 1$/);
    await virtual.stop();
    // Another answer that keeps the count says nothing new.
    fireEvent.click(screen.getByLabelText(/Bij mijn huis/));
    expect(said()).toBe('Er zijn nu 11 stappen.');
  });
});

describe('what a screen reader announces about errors (audit findings)', () => {
  it('a required file question is not "invalid" before the person tried to go on, and is after', async () => {
    renderApp('/aanvraag/gehandicaptenparkeerkaart/stap/passportPhoto', earlier);
    const chooser = document.getElementById('q-passportPhoto') as HTMLInputElement;
    // The native `required` makes an empty input :invalid from the start, which browsers pass on as "invalid".
    expect(chooser.matches(':invalid')).toBe(false);
    expect((await readWholePage()).some((phrase) => /invalid/.test(phrase))).toBe(false);
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await screen.findByRole('alert');
    expect(chooser.getAttribute('aria-invalid')).toBe('true');
  });

  it('the error summary is an alert with a heading that says what to do, and carries no name without a role', async () => {
    renderApp(PERSONAL, earlier);
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await screen.findByRole('alert');
    const summary = document.querySelector('.hv-error-summary') as HTMLElement;
    expect(summary.hasAttribute('aria-labelledby') || summary.hasAttribute('aria-label')).toBe(false);
    expect(summary.querySelector('[role="alert"] h2')?.textContent).toBe('Controleer uw antwoorden');
    const log = await readWholePage();
    const alert = log.slice(log.indexOf('alert'), log.indexOf('end of alert'));
    expect(alert).toContain('heading, Controleer uw antwoorden, level 2');
    expect(log.join('\n')).not.toContain('Er ging iets mis');
  });

  it('keeps "Er ging iets mis" for a real fault: the service cannot be reached to open a code', { timeout: 30_000 }, async () => {
    const client = { ...recordingClient({ kind: 'rejected', errors: [] }), fetchParkedDraft: async () => Promise.reject(new Error('offline')) };
    renderApp('/verder', undefined, client);
    fireEvent.input(document.getElementById('q-resumeCode') as HTMLInputElement, { target: { value: createResumeCode() } });
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert.querySelector('h2')?.textContent).toBe('Er ging iets mis');
    expect(alert.textContent).toContain('geen verbinding');
  });
});
