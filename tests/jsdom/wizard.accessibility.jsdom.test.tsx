import { fireEvent, screen } from '@testing-library/preact';
import { describe, it } from 'vitest';
import { examplePaths, stepPath, stepsOf } from './examplePaths';
import { expectStepPassesAxe } from './axeOnSteps';
import { expectNoAxeViolations } from './axe';
import { signedInStaff } from '../../src/staff';
import { renderApp } from './renderApp';

/**
 * axe-core on every step of every permit, empty, after a failed "Volgende" and filled in, and on
 * the start, check and confirmation pages. A new permit or example is a new set of checks for free.
 */
// Each test runs axe up to three times over a whole page; on a busy machine (2 cores shared by
// several runs) that takes longer than vitest's default 5 s, most of all the first, cold run.
describe('axe-core finds no violations', { timeout: 30_000 }, () => {
  it('on the start screen', async () => {
    renderApp('/');
    await expectNoAxeViolations('start');
  });

  for (const path of examplePaths()) {
    describe(`${path.permit.id} – ${path.name}`, () => {
      for (const step of stepsOf(path)) {
        it(`on step "${step.id}" empty, with errors and filled in`, () => expectStepPassesAxe(path, step, 'nl'));
      }

      it('on the check-answers page', async () => {
        renderApp(`/aanvraag/${path.permit.id}/controleren`, { permitId: path.permit.id, answers: path.answers });
        await expectNoAxeViolations('check');
      });

      it('on the confirmation page', async () => {
        renderApp(`/aanvraag/${path.permit.id}/verstuurd`, {
          permitId: path.permit.id,
          receipt: { reference: 'HV-2026-000123', receivedAt: '2026-11-29T10:15:00.000Z', expectedDecisionBy: '2027-01-25', status: 'received' },
        });
        await expectNoAxeViolations('confirmation');
      });
    });
  }

  describe('in staff mode (staff notes, "who typed", internal note) and on the staff and consent pages', () => {
    const mila = { staffId: 'm.jansen', name: 'Mila Jansen' };

    for (const path of examplePaths()) {
      for (const step of stepsOf(path)) {
        it(`on step "${step.id}" of ${path.permit.id} – ${path.name}, filled in`, async () => {
          signedInStaff.set(mila);
          renderApp(stepPath(path.permit.id, step.id), { permitId: path.permit.id, answers: path.answers });
          await screen.findByText('Voor de medewerker: wie typte de antwoorden op deze stap?');
          await expectNoAxeViolations(`${step.id} in staff mode`);
        });
      }

      it(`on the check page of ${path.permit.id} – ${path.name}, with the internal note`, async () => {
        signedInStaff.set(mila);
        renderApp(`/aanvraag/${path.permit.id}/controleren`, { permitId: path.permit.id, answers: path.answers });
        await screen.findByLabelText(/Interne notitie/);
        await expectNoAxeViolations('check in staff mode');
      });
    }

    it('on the consent screen, empty and after "Ja" without a channel', async () => {
      renderApp('/aanvraag/gehandicaptenparkeerkaart/toestemming', { permitId: 'gehandicaptenparkeerkaart', consent: false });
      await screen.findByRole('heading', { level: 1, name: 'Voordat u begint' });
      await expectNoAxeViolations('consent');
      fireEvent.submit(document.querySelector('form') as HTMLFormElement);
      await screen.findByRole('alert');
      await expectNoAxeViolations('consent with error');
    });

    it('on the staff sign-in and add-an-employee pages', async () => {
      const signIn = renderApp('/medewerker');
      await screen.findByRole('heading', { level: 1, name: 'Aanmelden als medewerker' });
      await expectNoAxeViolations('staff sign-in');
      signIn.unmount();
      signedInStaff.set(mila);
      renderApp('/medewerker-toevoegen');
      await screen.findByLabelText('Nieuwe pincode nog een keer');
      await expectNoAxeViolations('add an employee');
    });
  });
});
