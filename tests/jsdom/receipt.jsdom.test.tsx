import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { todayIso } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { expectNoAxeViolations } from './axe';
import { renderApp } from './renderApp';

const GPK = 'gehandicaptenparkeerkaart';
const sent = permitExample(GPK, 'firstApplicationDriver').answers(todayIso());
const receipt = { reference: 'HV-2026-000042', receivedAt: '2026-11-29T10:15:00.000Z', expectedDecisionBy: '2027-01-24', status: 'received' } as const;

/** The confirmation page right after sending, with what was sent still in memory. */
function renderReceipt(extra: { sentAnswers?: typeof sent; helper?: { staffId: string; staffName: string } }) {
  renderApp(`/aanvraag/${GPK}/verstuurd`, { permitId: GPK, receipt });
  const application = applications.get()[GPK];
  if (application) applications.set({ [GPK]: { ...application, ...extra } });
}

// The first axe run of a file builds axe's caches: on a busy machine that alone can take seconds.
describe('the receipt on the confirmation page', { timeout: 30_000 }, () => {
  it('sums up what was sent, step by step, and names the desk as contact', async () => {
    renderReceipt({ sentAnswers: sent });
    expect(await screen.findByRole('heading', { level: 2, name: 'Wat u hebt gestuurd' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Uw gegevens' })).toBeTruthy();
    expect(screen.getByText(String(sent.familyName))).toBeTruthy();
    expect(screen.getByText(/Uw contactpersoon is het Hulploket Vergunningen\. Noem uw referentienummer HV-2026-000042/)).toBeTruthy();
    expect(screen.getByText('24 januari 2027')).toBeTruthy();
    await expectNoAxeViolations('receipt with summary');
  });

  it('names the employee who helped as the contact person', async () => {
    renderReceipt({ sentAnswers: sent, helper: { staffId: 'm.jansen', staffName: 'Marieke Jansen' } });
    expect(await screen.findByText(/Uw contactpersoon is Marieke Jansen van het Hulploket Vergunningen/)).toBeTruthy();
  });

  it('after a reload the answers are no longer on the tablet, and it says so', async () => {
    renderReceipt({});
    expect(await screen.findByText(/Uw antwoorden staan niet meer op deze tablet/)).toBeTruthy();
    expect(screen.queryByText(String(sent.familyName))).toBeNull();
    await expectNoAxeViolations('receipt without summary');
  });
});
