import { fireEvent, screen } from '@testing-library/preact';
import { describe, it } from 'vitest';
import { answersBefore, examplePaths, stepPath, stepsOf } from './examplePaths';
import { expectNoAxeViolations } from './axe';
import { renderApp } from './renderApp';

/**
 * axe-core on every step of every permit, empty, after a failed "Volgende" and filled in, and on
 * the start, check and confirmation pages. A new permit or example is a new set of checks for free.
 */
describe('axe-core finds no violations', () => {
  it('on the start screen', async () => {
    renderApp('/');
    await expectNoAxeViolations('start');
  });

  for (const path of examplePaths()) {
    describe(`${path.permit.id} – ${path.name}`, () => {
      for (const step of stepsOf(path)) {
        it(`on step "${step.id}" empty, with errors and filled in`, async () => {
          const before = answersBefore(path, step);
          const empty = renderApp(stepPath(path.permit.id, step.id), { permitId: path.permit.id, answers: before });
          await expectNoAxeViolations(`${step.id} empty`);
          // Clear what prefill put in, so every step can show its error state.
          for (const box of document.querySelectorAll<HTMLInputElement>('form input[type="text"], form input[type="tel"], form input[type="email"]')) {
            fireEvent.input(box, { target: { value: '' } });
          }
          fireEvent.submit(document.querySelector('form') as HTMLFormElement);
          await screen.findByRole('alert');
          await expectNoAxeViolations(`${step.id} with errors`);
          empty.unmount();

          renderApp(stepPath(path.permit.id, step.id), { permitId: path.permit.id, answers: path.answers });
          await expectNoAxeViolations(`${step.id} filled`);
        });
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
});
