import { virtual } from '@guidepup/virtual-screen-reader';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { TabletContext } from '../../src/app/TabletContext';
import { BackOfficeClientContext, type BackOfficeClient } from '../../src/backOffice';
import { expectNoAxeViolations } from './axe';
import { BACK_OFFICE_PASSWORD, BACK_OFFICE_USER, standInBackOffice } from './standInBackOffice';
import { tablet } from './testTablet';

afterEach(async () => {
  await virtual.stop();
});

function renderWorklist(client: BackOfficeClient) {
  history.replaceState(null, '', '/beheer');
  return render(
    <TabletContext.Provider value={tablet}>
      <BackOfficeClientContext.Provider value={client}>
        <App />
      </BackOfficeClientContext.Provider>
    </TabletContext.Provider>,
  );
}

/** What a screen reader says from the top of the page to its end, as a person pressing "next". */
async function readWholePage(): Promise<string[]> {
  await virtual.start({ container: document.body });
  for (let i = 0; i < 400 && (await virtual.lastSpokenPhrase()) !== 'end of document'; i++) await virtual.next();
  const log = await virtual.spokenPhraseLog();
  await virtual.stop();
  return log;
}

async function signIn(user: string, password: string) {
  const person = userEvent.setup();
  await person.type(await screen.findByLabelText('Gebruikersnaam'), user);
  if (password) await person.type(screen.getByLabelText('Wachtwoord'), password);
  await person.click(screen.getByRole('button', { name: 'Aanmelden' }));
}

describe('the worklist "Ontvangen aanvragen" at /beheer', () => {
  it('asks to sign in, with no axe violations, and names both boxes', async () => {
    renderWorklist(standInBackOffice());
    expect(await screen.findByRole('heading', { level: 1, name: 'Aanmelden voor Ontvangen aanvragen' })).toBeTruthy();
    expect(screen.getByLabelText('Wachtwoord').getAttribute('autocomplete')).toBe('current-password');
    expect(document.title).toBe('Aanmelden voor Ontvangen aanvragen – Gemeente Voorbeeld');
    await expectNoAxeViolations('back-office sign-in');
  });

  it('announces what is missing and a wrong password in the error summary, focused, with each box', async () => {
    renderWorklist(standInBackOffice());
    await signIn(BACK_OFFICE_USER, '');
    await waitFor(() => expect(document.activeElement?.classList.contains('hv-error-summary')).toBe(true));
    let log = await readWholePage();
    expect(log.slice(log.indexOf('alert'), log.indexOf('end of alert'))).toContain('link, Vul uw wachtwoord in.');
    expect(document.title).toMatch(/^Fout: /);

    await userEvent.setup().type(screen.getByLabelText(/Wachtwoord/), 'verkeerd wachtwoord');
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await screen.findByRole('link', { name: 'De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.' });
    log = await readWholePage();
    // A password box has no ARIA role; it is read by its label, then its error.
    const box = log.find((phrase) => phrase.startsWith('Wachtwoord, '));
    expect(box).toContain('Fout: De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.');
    // Nothing typed is lost.
    expect((screen.getByLabelText('Gebruikersnaam') as HTMLInputElement).value).toBe(BACK_OFFICE_USER);
    await expectNoAxeViolations('back-office sign-in with errors');
  });

  it('says how long to wait when the name is locked out', async () => {
    renderWorklist(standInBackOffice({ locked: true }));
    await signIn(BACK_OFFICE_USER, BACK_OFFICE_PASSWORD);
    expect(await screen.findByRole('link', { name: 'U typte te vaak een verkeerd wachtwoord. Probeer het over 15 minuten opnieuw.' })).toBeTruthy();
  });

  it('after sign-in shows the counts, what needs action with its tries and folded technical detail, with no axe violations', async () => {
    renderWorklist(standInBackOffice());
    await signIn(BACK_OFFICE_USER, BACK_OFFICE_PASSWORD);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Ontvangen aanvragen' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await screen.findByRole('heading', { level: 3, name: 'HV-2026-000003' });
    expect(screen.getByRole('radio', { name: 'Actie nodig (2)' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Geregistreerd als zaak (1)' })).toHaveProperty('checked', false);
    expect(screen.getByText('Aangemeld als J. Jansen')).toBeTruthy();
    const item = screen.getByRole('article', { name: 'HV-2026-000003' });
    expect(within(item).getByText('Bewonersparkeervergunning')).toBeTruthy();
    const detail = item.querySelector('details') as HTMLDetailsElement;
    expect(detail.open).toBe(false);
    expect(within(detail).getByText('Technische details')).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Opnieuw proberen HV-2026-000003' })).toBeTruthy();
    await expectNoAxeViolations('worklist');
  });

  it('tries again: announces the status message, moves focus to the application, and its line changes', async () => {
    const client = standInBackOffice({ signedIn: true });
    renderWorklist(client);
    const button = await screen.findByRole('button', { name: 'Opnieuw proberen HV-2026-000001' });
    await virtual.start({ container: document.body });
    await userEvent.setup().click(button);
    await waitFor(async () => expect(await virtual.spokenPhraseLog()).toContain('polite: Aanvraag HV-2026-000001 wordt zo snel mogelijk opnieuw geregistreerd.'));
    await virtual.stop();
    await screen.findByText('Aanvraag HV-2026-000001 wordt zo snel mogelijk opnieuw geregistreerd.');
    expect(client.retried).toEqual(['HV-2026-000001']);
    const item = screen.getByRole('article', { name: 'HV-2026-000001' });
    await waitFor(() => expect(document.activeElement).toBe(within(item).getByRole('heading', { level: 3 })));
    expect(within(item).getByText('Wacht op een nieuwe poging')).toBeTruthy();
    expect(within(item).queryByRole('button')).toBeNull();
    expect(within(item).getByText(/Gevraagd door jansen/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Actie nodig (1)' })).toBeTruthy());
    expect(screen.getByRole('radio', { name: 'Wachten op een nieuwe poging (1)' })).toBeTruthy();

    await expectNoAxeViolations('worklist after a retry');
  });

  it('says so and shows the line as it stands when someone else tried it again first', async () => {
    const client = standInBackOffice({ signedIn: true });
    renderWorklist(client);
    const button = await screen.findByRole('button', { name: 'Opnieuw proberen HV-2026-000001' });
    client.retryElsewhere('HV-2026-000001');
    await userEvent.setup().click(button);
    await screen.findByText('Aanvraag HV-2026-000001 heeft geen actie meer nodig. De lijst is bijgewerkt.');
    const item = screen.getByRole('article', { name: 'HV-2026-000001' });
    expect(within(item).getByText('Wacht op een nieuwe poging')).toBeTruthy();
    expect(within(item).getByText(/Gevraagd door devries/)).toBeTruthy();
    expect(client.retried).toEqual([]);
  });

  it('shows another state when its radio button is chosen, with the zaak identificatie once registered', async () => {
    renderWorklist(standInBackOffice({ signedIn: true }));
    await userEvent.setup().click(await screen.findByRole('radio', { name: 'Geregistreerd als zaak (1)' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Aanvragen die geregistreerd zijn als zaak' })).toBeTruthy();
    const item = await screen.findByRole('article', { name: 'HV-2026-000002' });
    expect(within(item).getByText('ZAAK-2026-0000042')).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'HV-2026-000001' })).toBeNull();
  });

  it('signs out and shows the sign-in form again, focused on its heading', async () => {
    renderWorklist(standInBackOffice({ signedIn: true }));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Afmelden' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Aanmelden voor Ontvangen aanvragen' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('U bent afgemeld.')).toBeTruthy();
  });
});
