import { virtual } from '@guidepup/virtual-screen-reader';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useForm, type FieldValues } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOOKUP_DELAY_MS, type LookUpAddress } from '../../src/addressLookup';
import { applications } from '../../src/application';
import { QuestionField, type FileStorage } from '../../src/fields';
import { createTranslator } from '../../src/i18n';
import { catalogues } from '../../src/i18n/catalogues';
import type { IntakeClient } from '../../src/intake';
import type { Answers, PermitDefinition } from '../../src/wizard';
import { expectNoAxeViolations } from './axe';
import { recordingClient, renderApp } from './renderApp';
import { standInLookup } from './standInLookup';

const GPK = 'gehandicaptenparkeerkaart';
const STEP = `/aanvraag/${GPK}/stap/homeAddress`;
const earlier = { permitId: GPK, answers: { cardKind: 'driver', applicationKind: 'first' } };
/**
 * Long enough for the quiet moment before a lookup and its answer on a busy machine; the waits
 * end as soon as the answer is there.
 */
const LOOKUP_WAIT = { timeout: 10_000 };
/** Typing, a screen reader and axe in one test take a while on a busy machine. */
const TEST_TIME = { timeout: 30_000 };

function clientWith(lookUpAddress: LookUpAddress): IntakeClient {
  return { ...recordingClient({ kind: 'unreachable' }), lookUpAddress };
}

const box = (part: string) => document.getElementById(`q-homeAddress-${part}`) as HTMLInputElement;
const status = () => document.querySelector('.hv-address-lookup [role="status"]');
const saved = () => applications.get()[GPK]?.answers.homeAddress as Record<string, string> | undefined;

async function typeNumber(postcode: string, houseNumber: string) {
  const user = userEvent.setup();
  await user.type(box('postcode'), postcode);
  await user.type(box('houseNumber'), houseNumber);
  return user;
}

afterEach(async () => {
  await virtual.stop();
});

describe('looking up an address from postcode and house number', TEST_TIME, () => {
  it('fills in street and place, says so politely and leaves focus where the person types', async () => {
    renderApp(STEP, earlier, clientWith(standInLookup));
    const region = status();
    await virtual.start({ container: document.body });
    await typeNumber('3521 az', '10');

    await waitFor(() => expect(box('street').value).toBe('Croeselaan'), LOOKUP_WAIT);
    expect(box('city').value).toBe('Utrecht');
    expect(document.activeElement).toBe(box('houseNumber'));
    // The same live region that was there, empty, before the news: that is what gets it announced.
    expect(status()).toBe(region);
    expect(region?.textContent).toBe('Adres gevonden: Croeselaan 10, 3521 AZ Utrecht.');
    await waitFor(async () => expect(await virtual.spokenPhraseLog()).toContain('polite: Adres gevonden: Croeselaan 10, 3521 AZ Utrecht.'), LOOKUP_WAIT);
    // Filled in is saved like typed.
    await waitFor(() => expect(saved()).toMatchObject({ street: 'Croeselaan', city: 'Utrecht' }), LOOKUP_WAIT);
    await virtual.stop();
    await expectNoAxeViolations('address found');
  });

  it('never overwrites a street the person typed before the answer came', async () => {
    renderApp(STEP, earlier, clientWith(standInLookup));
    const user = userEvent.setup();
    await user.type(box('street'), 'Mijn eigen straat');
    await typeNumber('3521 AZ', '10');
    await waitFor(() => expect(box('city').value).toBe('Utrecht'), LOOKUP_WAIT);
    expect(box('street').value).toBe('Mijn eigen straat');
  });

  it('offers the addresses at a number with letters and additions as a radio group, operable by keyboard', async () => {
    renderApp(STEP, earlier, clientWith(standInLookup));
    await virtual.start({ container: document.body });
    const user = await typeNumber('1011 AB', '105');

    const group = await screen.findByRole('group', { name: 'Welk adres is het?' }, LOOKUP_WAIT);
    // Within the group: the page has other radio buttons (text size and language in the header).
    const options = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(options.map((option) => option.labels?.[0]?.textContent)).toEqual([
      'Damrak 105, 1011 AB Amsterdam',
      'Damrak 105 2, 1011 AB Amsterdam',
      'Damrak 105 A, 1011 AB Amsterdam',
    ]);
    expect(options.some((option) => option.checked)).toBe(false);
    // What they share is filled in; which one it is, is the person's choice.
    expect([box('street').value, box('city').value, box('houseLetter').value]).toEqual(['Damrak', 'Amsterdam', '']);
    expect(document.activeElement).toBe(box('houseNumber'));
    await waitFor(async () => expect(await virtual.spokenPhraseLog()).toContain('polite: Op dit huisnummer zijn 3 adressen. Kies hieronder het goede adres.'), LOOKUP_WAIT);
    await virtual.stop();
    await expectNoAxeViolations('several addresses');

    // Keyboard only: Tab past letter and addition into the group, arrows to choose.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(group.contains(document.activeElement)).toBe(true);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(box('addition').value).toBe('2'));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(box('houseLetter').value).toBe('A'));
    expect(box('addition').value).toBe('');
    expect((screen.getByRole('radio', { name: 'Damrak 105 A, 1011 AB Amsterdam' }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(saved()).toMatchObject({ houseLetter: 'A', street: 'Damrak' }));
  });

  it('asks for the letter or addition instead of listing a whole block of flats', async () => {
    renderApp(STEP, earlier, clientWith(standInLookup));
    await typeNumber('3584 CS', '50');
    await waitFor(() => expect(status()?.textContent).toBe('Op dit huisnummer zijn 14 adressen. Vul zelf de huisletter of toevoeging in.'), LOOKUP_WAIT);
    expect(screen.queryAllByRole('radio')).toEqual([]);
    expect([box('street').value, box('city').value, box('addition').value]).toEqual(['Padualaan', 'Utrecht', '']);
  });

  it('lets the person type the address instead, keeping what is there and moving focus to the letter', async () => {
    renderApp(STEP, earlier, clientWith(standInLookup));
    const user = await typeNumber('1011 AB', '105');
    await screen.findByRole('group', { name: 'Welk adres is het?' }, LOOKUP_WAIT);
    await user.click(screen.getByRole('button', { name: 'Mijn adres staat er niet bij: zelf invullen' }));
    expect(document.activeElement).toBe(box('houseLetter'));
    expect(screen.queryByRole('group', { name: 'Welk adres is het?' })).toBeNull();
    expect([box('postcode').value, box('houseNumber').value, box('street').value]).toEqual(['1011 AB', '105', 'Damrak']);
    await user.keyboard('C');
    expect(box('houseLetter').value).toBe('C');
  });

  it('says plainly when nothing is found and lets the person type street and place', async () => {
    renderApp(STEP, earlier, clientWith(standInLookup));
    const user = await typeNumber('9999 ZZ', '1');
    await waitFor(() => expect(status()?.textContent).toBe('We vinden geen adres bij deze postcode en dit huisnummer. Kijk of ze kloppen. Of vul de straat en plaats zelf in.'), LOOKUP_WAIT);
    expect([box('street').value, box('city').value]).toEqual(['', '']);
    await expectNoAxeViolations('address not found');
    await user.type(box('street'), 'Nieuwe Weg');
    await user.type(box('city'), 'Ons Dorp');
    expect([box('street').value, box('city').value]).toEqual(['Nieuwe Weg', 'Ons Dorp']);
  });

  it('asks for manual entry when the lookup is not available, and goes on without it', async () => {
    renderApp(STEP, earlier, clientWith(async () => ({ kind: 'unavailable' })));
    const user = await typeNumber('3521 AZ', '10');
    await waitFor(() => expect(status()?.textContent).toBe('Het adres zoeken lukt nu niet. Vul de straat en plaats zelf in.'), LOOKUP_WAIT);
    await user.type(box('street'), 'Croeselaan');
    await user.type(box('city'), 'Utrecht');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/contactDetails`), LOOKUP_WAIT);
  });

  it('never holds the person up while an answer does not come', async () => {
    const lookUp = vi.fn<LookUpAddress>(() => new Promise(() => {}));
    renderApp(STEP, earlier, clientWith(lookUp));
    const user = await typeNumber('3521 AZ', '10');
    await waitFor(() => expect(lookUp).toHaveBeenCalledTimes(1), LOOKUP_WAIT);
    expect(status()?.textContent).toBe('We zoeken het adres…');
    await user.type(box('street'), 'Croeselaan');
    await user.type(box('city'), 'Utrecht');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/contactDetails`), LOOKUP_WAIT);
  });
});

/** Two address questions, as a permit asks for a home address and, later, where something happens. */
const twoAddresses = {
  id: 'two-addresses',
  version: 1,
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  steps: [
    { id: 'home', questions: [{ id: 'home', type: 'address' }] },
    { id: 'place', questions: [{ id: 'place', type: 'address' }] },
  ],
} as const satisfies PermitDefinition;

const translator = createTranslator('nl', {
  ...catalogues.nl,
  'permit.two-addresses.q.place.label': 'Waar is de parkeerplaats?',
  'permit.two-addresses.q.place.why': 'Zo weten we waar het bord moet komen.',
});

/** An address question keeps no files. */
const noFiles: FileStorage = { keep: async () => ({ ok: false, reason: 'failed' }), discard: async () => undefined, read: async () => new Map(), whileBusy: () => undefined, lostNames: () => [] };

/** The later address question on its own, in a form, with the earlier answer in the application. */
function PlaceQuestion({ answers, lookUpAddress }: { answers: Answers; lookUpAddress: LookUpAddress }) {
  const form = useForm<FieldValues>({ defaultValues: {} });
  const current = { ...answers, ...(form.watch() as Answers) };
  return (
    <main>
      <form noValidate>
        <QuestionField
          permit={twoAddresses}
          question={twoAddresses.steps[1].questions[0]}
          name={twoAddresses.steps[1].questions[0].id}
          translator={translator}
          register={form.register}
          control={form.control}
          files={noFiles}
          setValue={form.setValue}
          answers={current}
          errors={new Map()}
          lookUpAddress={lookUpAddress}
        />
      </form>
    </main>
  );
}

describe('an address given once is offered again', TEST_TIME, () => {
  const home = { postcode: '1234 AB', houseNumber: '12', street: 'Dorpsstraat', city: 'Utrecht' };

  it('as one button that fills in every part, announced, with focus kept and no lookup', async () => {
    const lookUp = vi.fn(standInLookup);
    render(<PlaceQuestion answers={{ home }} lookUpAddress={lookUp} />);
    const use = screen.getByRole('button', { name: 'Gebruik Dorpsstraat 12, 1234 AB Utrecht' });
    expect(document.getElementById(use.getAttribute('aria-describedby') ?? '')?.textContent).toBe('U gaf eerder al een adres. Is het hetzelfde adres? Kies het dan hier.');
    // Offered, not filled in by itself.
    expect((document.getElementById('q-place-street') as HTMLInputElement).value).toBe('');
    await expectNoAxeViolations('earlier address offered');

    await virtual.start({ container: document.body });
    const user = userEvent.setup();
    use.focus();
    await user.keyboard('{Enter}');
    const value = (part: string) => (document.getElementById(`q-place-${part}`) as HTMLInputElement).value;
    expect(['postcode', 'houseNumber', 'houseLetter', 'addition', 'street', 'city'].map(value)).toEqual(['1234 AB', '12', '', '', 'Dorpsstraat', 'Utrecht']);
    expect(document.activeElement).toBe(use);
    await waitFor(async () => expect(await virtual.spokenPhraseLog()).toContain('polite: Adres ingevuld: Dorpsstraat 12, 1234 AB Utrecht.'), LOOKUP_WAIT);
    await new Promise((resolve) => setTimeout(resolve, LOOKUP_DELAY_MS + 400));
    expect(lookUp).not.toHaveBeenCalled();
  });

  it('next to lookup and typing: another address is still looked up', async () => {
    render(<PlaceQuestion answers={{ home }} lookUpAddress={standInLookup} />);
    const user = userEvent.setup();
    await user.type(document.getElementById('q-place-postcode') as HTMLInputElement, '3521AZ');
    await user.type(document.getElementById('q-place-houseNumber') as HTMLInputElement, '10');
    await waitFor(() => expect((document.getElementById('q-place-street') as HTMLInputElement).value).toBe('Croeselaan'), LOOKUP_WAIT);
  });
});
