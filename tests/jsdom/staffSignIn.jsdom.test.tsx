import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PIN_ATTEMPT_LIMIT, signedInStaff } from '../../src/staff';
import { renderApp } from './renderApp';
import { tablet } from './testTablet';

const mila = { staffId: 'm.jansen', name: 'Mila Jansen', pin: '40917', pinAgain: '40917' };
const signIn = (staffId: string, pin: string) => {
  fireEvent.input(screen.getByLabelText('Medewerkernummer'), { target: { value: staffId } });
  fireEvent.input(screen.getByLabelText(/^Pincode/), { target: { value: pin } });
  fireEvent.submit(document.querySelector('form') as HTMLFormElement);
};

afterEach(() => {
  cleanup();
  signedInStaff.set(undefined);
});

describe('staff sign-in on the tablet', () => {
  it('names each empty box in the error summary, says a wrong PIN plainly, keeps what was typed, and after too many says how long to wait', async () => {
    await (await tablet.staffAccounts.load()).add(mila, undefined);
    renderApp('/medewerker');
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    const summary = await screen.findByRole('alert');
    // Focus goes to the summary, so a screen reader reads it at once.
    await waitFor(() => expect(document.activeElement?.contains(summary)).toBe(true));
    expect(screen.getByRole('link', { name: 'Vul uw medewerkernummer in.' }).getAttribute('href')).toBe('#q-staffId');
    expect(screen.getByRole('link', { name: 'Vul de pincode in.' }).getAttribute('href')).toBe('#q-pin');
    expect(document.title.startsWith('Fout:')).toBe(true);

    signIn('m.jansen', '00000');
    expect(await screen.findByRole('link', { name: 'Het medewerkernummer of de pincode klopt niet. Probeer het opnieuw.' })).toBeTruthy();
    expect((screen.getByLabelText('Medewerkernummer') as HTMLInputElement).value).toBe('m.jansen');

    for (let failure = 2; failure <= PIN_ATTEMPT_LIMIT.maxFailures; failure++) {
      signIn('m.jansen', '00000');
      await waitFor(() => expect(screen.queryByText('Even geduld. Wij controleren uw pincode.')).toBeNull());
    }
    expect(await screen.findByRole('link', { name: `U typte te vaak een verkeerde pincode. Probeer het over ${PIN_ATTEMPT_LIMIT.windowMinutes} minuten opnieuw.` })).toBeTruthy();
    expect(signedInStaff.get()).toBeUndefined();
  });

  it('signs the employee in with the right PIN and goes to the start page', async () => {
    const accounts = await tablet.staffAccounts.load();
    if (!(await accounts.hasAccounts())) await accounts.add(mila, undefined);
    await accounts.add({ staffId: 's.bakker', name: 'Sam Bakker', pin: '123456', pinAgain: '123456' }, { staffId: 'm.jansen', name: 'Mila Jansen' });
    renderApp('/medewerker');
    signIn(' S.Bakker', '123456');
    await waitFor(() => expect(location.pathname).toBe('/'));
    expect(signedInStaff.get()).toEqual({ staffId: 's.bakker', name: 'Sam Bakker' });
  });
});
