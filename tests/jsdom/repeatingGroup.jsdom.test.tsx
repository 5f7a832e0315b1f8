import { virtual } from '@guidepup/virtual-screen-reader';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { examples } from '../../src/definitions/bewonersparkeervergunning/examples';
import { todayIso } from '../../src/wizard';
import { expectNoAxeViolations } from './axe';
import { renderApp } from './renderApp';

/*
 * The repeating group as people meet it: the licence plates of a residents' parking permit (up to
 * three cars, one entry each). Keyboard, focus, announcements and errors; the engine's rules are
 * unit-tested in tests/unit/wizard/groups.unit.test.ts.
 */

const PERMIT = 'bewonersparkeervergunning';
const VEHICLES = `/aanvraag/${PERMIT}/stap/vehicles`;
const earlier = { permitId: PERMIT, answers: { homeAddress: { postcode: '3511 AB', houseNumber: '20', street: 'Oudegracht', city: 'Utrecht' }, permitNumber: 'first' } };
const submit = () => fireEvent.submit(document.querySelector('form') as HTMLFormElement);
const type = (id: string, value: string) => fireEvent.input(document.getElementById(id) as HTMLInputElement, { target: { value } });
const choose = (id: string) => fireEvent.click(document.getElementById(id) as HTMLInputElement);
const entryTitles = () => [...document.querySelectorAll('.hv-group__entry-title')].map((title) => title.textContent);
const status = () => document.querySelector('.hv-group [role="status"]')?.textContent;
const { secondPermitForeignLease } = examples;
const savedVehicles = () => applications.get()[PERMIT]?.answers.vehicles;

afterEach(async () => {
  await virtual.stop();
});

describe('a repeating group: several licence plates on one permit', () => {
  it('starts with one entry to fill in, which cannot be removed, and has no axe violations', async () => {
    renderApp(VEHICLES, earlier);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Voor welke auto's is de vergunning?");
    expect(entryTitles()).toEqual(['Auto 1']);
    expect(screen.getByRole('radiogroup', { name: 'Heeft de auto een Nederlands kenteken?' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /verwijderen/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Nog een auto toevoegen' })).toBeTruthy();
    await expectNoAxeViolations('vehicles: one entry');
  });

  it('offers no putting back of an entry that was removed empty', async () => {
    renderApp(VEHICLES, earlier);
    fireEvent.click(screen.getByRole('button', { name: 'Nog een auto toevoegen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Auto 2 verwijderen' }));
    await waitFor(() => expect(entryTitles()).toEqual(['Auto 1']));
    expect(screen.queryByRole('button', { name: /terugzetten/ })).toBeNull();
  });

  it('adds an entry: focus goes to its first question and the addition is announced; never more than the maximum', async () => {
    renderApp(VEHICLES, earlier);
    fireEvent.click(screen.getByRole('button', { name: 'Nog een auto toevoegen' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('q-vehicles-1-plateCountry'));
    expect(entryTitles()).toEqual(['Auto 1', 'Auto 2']);
    expect(status()).toBe('Auto 2 is toegevoegd.');
    expect(screen.getAllByRole('button', { name: /^Auto \d verwijderen$/ }).map((button) => button.textContent)).toEqual(['Auto 1 verwijderen', 'Auto 2 verwijderen']);
    fireEvent.click(screen.getByRole('button', { name: 'Nog een auto toevoegen' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('q-vehicles-2-plateCountry'));
    // Three is the most: the button to add is gone, and the hint said so from the start.
    expect(screen.queryByRole('button', { name: 'Nog een auto toevoegen' })).toBeNull();
    expect(screen.getByText(/U kunt tot 3 auto's opgeven/)).toBeTruthy();
    await expectNoAxeViolations('vehicles: three entries');
  });

  it("asks each entry's follow-up question by that entry's own answer, and saves every entry as typed", async () => {
    renderApp(VEHICLES, earlier);
    fireEvent.click(screen.getByRole('button', { name: 'Nog een auto toevoegen' }));
    choose('q-vehicles-0-plateCountry');
    choose('q-vehicles-1-plateCountry-abroad');
    await waitFor(() => expect(document.getElementById('q-vehicles-1-foreignPlate')).toBeTruthy());
    expect(document.getElementById('q-vehicles-0-kenteken')).toBeTruthy();
    expect(document.getElementById('q-vehicles-0-foreignPlate')).toBeNull();
    expect(document.getElementById('q-vehicles-1-kenteken')).toBeNull();
    type('q-vehicles-0-kenteken', '12-abc-3');
    type('q-vehicles-1-foreignPlate', '1-ABC-123');
    await waitFor(() => expect(savedVehicles()).toMatchObject([{ plateCountry: 'netherlands', kenteken: '12-abc-3' }, { plateCountry: 'abroad', foreignPlate: '1-ABC-123' }]));
  });

  it('names the entry in the error summary, links to the very box, and marks it invalid', async () => {
    renderApp(VEHICLES, { ...earlier, answers: { ...earlier.answers, vehicles: [{ plateCountry: 'netherlands', kenteken: '12-abc-3', vehicleHolder: 'self' }, { plateCountry: 'netherlands', kenteken: 'AB' }] } });
    submit();
    const summary = await screen.findByRole('alert');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).toEqual([expect.stringMatching(/^Auto 2: /), 'Auto 2: Kies op wiens naam de auto staat.']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#q-vehicles-1-kenteken', '#q-vehicles-1-vehicleHolder']);
    const box = document.getElementById('q-vehicles-1-kenteken') as HTMLInputElement;
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toContain('q-vehicles-1-kenteken-error');
    expect(document.getElementById('q-vehicles-0-kenteken')?.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(links[0] as HTMLAnchorElement);
    expect(document.activeElement).toBe(box);
    expect(location.pathname).toBe(VEHICLES);
    await expectNoAxeViolations('vehicles: errors in the second entry');
  });

  it('removes an entry: the next takes its place and title, focus goes to that title, the removal is announced, and it can be put back', async () => {
    const first = { plateCountry: 'netherlands', kenteken: '12-abc-3', vehicleHolder: 'self' };
    const second = { plateCountry: 'abroad', foreignPlate: '1-ABC-123', vehicleHolder: 'lease' };
    renderApp(VEHICLES, { ...earlier, answers: { ...earlier.answers, vehicles: [first, second] } });
    fireEvent.click(screen.getByRole('button', { name: 'Auto 1 verwijderen' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Auto 1'));
    expect(status()).toBe('Auto 1 is verwijderd.');
    expect(entryTitles()).toEqual(['Auto 1']);
    expect((document.getElementById('q-vehicles-0-foreignPlate') as HTMLInputElement).value).toBe('1-ABC-123');
    await waitFor(() => expect(savedVehicles()).toEqual([second]));
    // The last entry cannot go: one car is needed.
    expect(screen.queryByRole('button', { name: /verwijderen/ })).toBeNull();

    // A slip loses nothing: the removed car comes back at its place, with its answers.
    fireEvent.click(screen.getByRole('button', { name: 'Auto 1 terugzetten' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('q-vehicles-0-plateCountry'));
    expect(status()).toBe('Auto 1 is teruggezet.');
    expect((document.getElementById('q-vehicles-0-kenteken') as HTMLInputElement).value).toBe('12-abc-3');
    await waitFor(() => expect(savedVehicles()).toEqual([first, second]));
    expect(screen.queryByRole('button', { name: /terugzetten/ })).toBeNull();
    await expectNoAxeViolations('vehicles: after putting a car back');

    fireEvent.click(screen.getByRole('button', { name: 'Auto 1 verwijderen' }));
    await waitFor(() => expect(savedVehicles()).toEqual([second]));
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${PERMIT}/stap/vehicleSize`));
  });

  it('is read back on the check page entry by entry, in words', async () => {
    const example = secondPermitForeignLease(todayIso());
    renderApp(`/aanvraag/${PERMIT}/controleren`, { permitId: PERMIT, answers: example });
    const row = (await screen.findByText("Voor welke auto's is de vergunning?")).closest('.hv-answers__row');
    expect(row?.querySelector('.hv-answers__answer')?.textContent).toBe(
      'Auto 1: Nee, een buitenlands kenteken, 1-ABC-123, Het is een lease-auto\nAuto 2: Ja, een Nederlands kenteken, GV482B, Het is een auto van mijn werkgever',
    );
  });

  it('is read by a screen reader as a group of entries, each titled, with its questions inside', async () => {
    renderApp(VEHICLES, { ...earlier, answers: { ...earlier.answers, vehicles: [{ plateCountry: 'netherlands' }, {}] } });
    await virtual.start({ container: document.body });
    for (let i = 0; i < 300 && (await virtual.lastSpokenPhrase()) !== 'end of document'; i++) await virtual.next();
    const log = await virtual.spokenPhraseLog();
    expect(log).toContain('heading, Auto 1, level 2');
    expect(log).toContain('heading, Auto 2, level 2');
    expect(log.find((phrase) => phrase.startsWith('group, Auto 2'))).toBeTruthy();
    expect(log).toContain('textbox, Wat is het kenteken?, Het kenteken staat op het kentekenbewijs. Bijvoorbeeld: AB-123-C. Dit is een Nederlands kenteken., required');
    expect(log).toContain('button, Auto 2 verwijderen');
    expect(log).toContain('button, Nog een auto toevoegen');
  });
});
