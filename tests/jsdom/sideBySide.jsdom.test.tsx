import { virtual } from '@guidepup/virtual-screen-reader';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { displayPreferences, language } from '../../src/preferences';
import { signedInStaff } from '../../src/staff';
import { renderApp } from './renderApp';

const GPK = 'gehandicaptenparkeerkaart';
const PERSONAL = `/aanvraag/${GPK}/stap/personalDetails`;
const earlier = { permitId: GPK, answers: { cardKind: 'driver', applicationKind: 'first' } };

afterEach(async () => {
  await virtual.stop();
});

/** Reads the whole page from top to bottom, as a screen-reader user pressing "next" would. */
async function readWholePage(): Promise<string[]> {
  await virtual.start({ container: document.body });
  for (let i = 0; i < 400 && (await virtual.lastSpokenPhrase()) !== 'end of document'; i++) await virtual.next();
  const log = await virtual.spokenPhraseLog();
  await virtual.stop();
  return log;
}

/** The language a text on the page is marked with: its nearest `lang`, as a screen reader switches voice by it. */
function languageOf(text: string): string | undefined {
  const holder = screen.getAllByText(text, { exact: true })[0];
  return holder?.closest('[lang]')?.getAttribute('lang') ?? undefined;
}

/** An employee at the desk with a citizen who reads English, side by side switched on. */
async function openSideBySide(): Promise<void> {
  signedInStaff.set({ staffId: 'm.jansen', name: 'Mila Jansen' });
  language.set('en');
  displayPreferences.set({ ...displayPreferences.get(), dutchAlongside: true });
  renderApp(PERSONAL, earlier);
  await screen.findByText('Wat is uw burgerservicenummer (BSN)?', {}, { timeout: 10_000 });
}

describe('side by side at the desk', () => {
  it('announces each question and hint in the citizen’s language and in Dutch, each marked with its language', async () => {
    await openSideBySide();
    const log = await readWholePage();
    const bsnBox = log.find((phrase) => phrase.startsWith('textbox, '));
    expect(bsnBox).toContain('What is your citizen service number (BSN)?');
    expect(bsnBox).toContain('Wat is uw burgerservicenummer (BSN)?');
    expect(bsnBox).toContain('The BSN is your personal number for the government.');
    expect(bsnBox).toContain('Het BSN is uw persoonlijke nummer bij de overheid.');
    expect(languageOf('What is your citizen service number (BSN)?')).toBe('en-GB');
    expect(languageOf('Wat is uw burgerservicenummer (BSN)?')).toBe('nl-NL');
    // "Why we ask" too, both its button and its text.
    expect(log).toContain('Why do we ask this?');
    expect(log).toContain('Waarom vragen we dit?');
    expect(languageOf('Waarom vragen we dit?')).toBe('nl-NL');
    expect(languageOf('Why do we ask this?')).toBe('en-GB');
    // Each Dutch text runs left to right of its own, whatever the citizen's direction.
    for (const dutch of document.querySelectorAll('.hv-alongside')) expect(dutch.getAttribute('dir')).toBe('ltr');
  });

  it('shows an error in both languages, and keeps one box per question with one answer stored', async () => {
    await openSideBySide();
    expect(document.querySelectorAll('input[name="bsn"]')).toHaveLength(1);
    fireEvent.input(document.getElementById('q-bsn') as HTMLInputElement, { target: { value: '123456789' } });
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    const error = await waitFor(() => {
      const found = document.getElementById('q-bsn-error');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(error.querySelector('[lang="en-GB"]')?.textContent).toBe('This citizen service number (BSN) is not correct. Check the number on your passport, ID card or driving licence.');
    expect(error.querySelector('[lang="nl-NL"]')?.textContent).toBe('Dit burgerservicenummer klopt niet. Kijk het nummer na op uw paspoort, ID-kaart of rijbewijs.');
    await waitFor(() => expect(applications.get()[GPK]?.answers.bsn).toBe('123456789'));
    expect(Object.keys(applications.get()[GPK]?.answers ?? {}).filter((key) => key.startsWith('bsn'))).toEqual(['bsn']);
  });

  it('is off without staff, and shows the citizen’s language only', async () => {
    language.set('en');
    displayPreferences.set({ ...displayPreferences.get(), dutchAlongside: true });
    renderApp(PERSONAL, earlier);
    await screen.findByText('What is your citizen service number (BSN)?', {}, { timeout: 10_000 });
    expect(screen.queryByText('Wat is uw burgerservicenummer (BSN)?')).toBeNull();
    expect(document.querySelector('.hv-alongside')).toBeNull();
  });

  it('prints the check page in both: each step and question in Dutch under the citizen’s', async () => {
    signedInStaff.set({ staffId: 'm.jansen', name: 'Mila Jansen' });
    language.set('en');
    displayPreferences.set({ ...displayPreferences.get(), dutchAlongside: true });
    renderApp(`/aanvraag/${GPK}/controleren`, earlier);
    expect(await screen.findByText('Wat is uw burgerservicenummer (BSN)?', {}, { timeout: 10_000 })).toBeTruthy();
    expect(languageOf('Wat is uw burgerservicenummer (BSN)?')).toBe('nl-NL');
    expect(languageOf('What is your citizen service number (BSN)?')).toBe('en-GB');
  });
});
