import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/catalogues';
import type { ApplicationSubmission, Receipt } from '../../src/intake';
import { expectNoAxeViolations } from './axe';
import { expectStepPassesAxe, renderIn } from './axeOnSteps';
import { examplePaths, stepsOf } from './examplePaths';
import { recordingClient } from './renderApp';

/**
 * The checks of wizard.accessibility.jsdom.test.tsx in the languages that test the layout most:
 * Arabic (right to left) and Tigrinya (Ge’ez script). Every step of every permit example, empty,
 * with errors and filled in, the check page, and the confirmation page after a real "send" through
 * the intake client: the application goes with the language the person chose, and the receipt
 * speaks it.
 */
const LANGUAGES = ['ar', 'ti'] as const;
const receipt: Receipt = { reference: 'HV-2026-000123', receivedAt: '2026-11-29T10:15:00.000Z', expectedDecisionBy: '2027-01-25', status: 'received' };

// As in the Dutch file: axe runs up to three times over a whole page per test, on a busy machine.
describe.each(LANGUAGES)('axe-core finds no violations in %s', { timeout: 30_000 }, (locale) => {
  const text = (key: string): string => {
    const found = catalogues[locale]?.[key];
    if (typeof found !== 'string' || found === catalogues.nl?.[key]) throw new Error(`${locale}: "${key}" is missing or still Dutch`);
    return found;
  };

  for (const path of examplePaths()) {
    describe(`${path.permit.id} – ${path.name}`, () => {
      for (const step of stepsOf(path)) {
        it(`on step "${step.id}" empty, with errors and filled in`, () => expectStepPassesAxe(path, step, locale));
      }

      it('on the check page, and on the confirmation page after sending, in the language it was sent in', async () => {
        const client = recordingClient({ kind: 'sent', receipt });
        await renderIn(locale, `/aanvraag/${path.permit.id}/controleren`, { permitId: path.permit.id, answers: path.answers }, client);
        await expectNoAxeViolations(`check (${locale})`);

        fireEvent.click(screen.getByRole('button', { name: text('check.send') }));
        expect(await screen.findByRole('heading', { level: 1, name: text('sent.title') })).toBeTruthy();
        expect(screen.getByText(receipt.reference)).toBeTruthy();
        expect((client.sent as Array<{ submission: ApplicationSubmission }>).map(({ submission }) => submission.locale)).toEqual([locale]);
        await expectNoAxeViolations(`confirmation (${locale})`);
      });
    });
  }
});
