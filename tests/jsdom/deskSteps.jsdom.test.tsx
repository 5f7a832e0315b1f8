import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { signedInStaff } from '../../src/staff';
import { findDefinition } from '../../src/definitions';
import { todayIso, visiblePlan, type PermitDefinition } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { expectNoAxeViolations } from './axe';
import { renderApp } from './renderApp';

const GPK = 'gehandicaptenparkeerkaart';
const example = permitExample(GPK, 'firstApplicationDriver').answers(todayIso());
const submit = () => fireEvent.submit(document.querySelector('form') as HTMLFormElement);
const application = () => applications.get()[GPK];
const employee = { staffId: 'm.jansen', name: 'Mila Jansen' };

afterEach(async () => {
  signedInStaff.set(undefined);
  await virtual.stop();
});

describe('the desk steps: identity checked and fees paid, in staff mode only', () => {
  it('after the last step an employee records the identity check, then the payment, each with who and when, then checks the answers', async () => {
    signedInStaff.set(employee);
    renderApp(`/aanvraag/${GPK}/stap/identityCheck`, { permitId: GPK, answers: example });
    expect(document.title).toBe('Legitimatie aan de balie – Aanvraag Gehandicaptenparkeerkaart – Gemeente Voorbeeld');
    // Why no number or copy is kept, on the screen itself.
    expect(screen.getByText(/Schrijf geen documentnummer op en maak geen kopie/)).toBeTruthy();
    await expectNoAxeViolations('identity check');
    fireEvent.click(screen.getByLabelText('Paspoort'));
    fireEvent.click(await screen.findByLabelText('Ja'));
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/payment`));
    expect(application()?.recordedAtDesk?.identityCheck).toMatchObject({ staffId: 'm.jansen', staffName: 'Mila Jansen' });
    expect(Date.parse(application()?.recordedAtDesk?.identityCheck?.at ?? '')).toBeLessThanOrEqual(Date.now());
    await expectNoAxeViolations('payment');
    fireEvent.click(screen.getByLabelText('Met de pin, nu aan de balie'));
    fireEvent.input(await screen.findByLabelText(/Nummer op het pinbonnetje/), { target: { value: '004512' } });
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/controleren`));
    expect(application()?.answers).toMatchObject({ applicantIdentity: 'passport', identityDocumentsValid: 'yes', paymentMethod: 'pin', pinReceiptNumber: '004512' });
    expect(application()?.recordedAtDesk?.payment).toMatchObject({ staffId: 'm.jansen' });
    // On the check page, with a way back to change them.
    expect(screen.getByText('Met de pin, nu aan de balie')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Wijzig antwoord op: Hoe worden de kosten betaald?' })).toBeTruthy();
  });

  it('an employee goes from the permit’s last step to the identity check; a citizen alone to the check page', async () => {
    const last = visiblePlan(findDefinition(GPK) as PermitDefinition, example, todayIso()).at(-1)?.step.id;
    signedInStaff.set(employee);
    renderApp(`/aanvraag/${GPK}/stap/${last}`, { permitId: GPK, answers: example });
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/identityCheck`));
    cleanup();
    signedInStaff.set(undefined);
    renderApp(`/aanvraag/${GPK}/stap/${last}`, { permitId: GPK, answers: example });
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/controleren`));
  });

  it('after a failed "Volgende": "Fout:" in the title, focus on the error summary, whose link leads to the field', async () => {
    signedInStaff.set(employee);
    renderApp(`/aanvraag/${GPK}/stap/payment`, { permitId: GPK, answers: example });
    submit();
    await waitFor(() => expect(document.activeElement?.classList.contains('hv-error-summary')).toBe(true));
    expect(document.title).toMatch(/^Fout: Betaling aan de balie – /);
    await expectNoAxeViolations('payment with an error');
    fireEvent.click(document.querySelector('.hv-error-summary a') as HTMLAnchorElement);
    expect(document.activeElement?.getAttribute('name')).toBe('paymentMethod');
  });

  it('a screen reader hears the document question as a required group and the reason no number is kept', async () => {
    signedInStaff.set(employee);
    renderApp(`/aanvraag/${GPK}/stap/identityCheck`, { permitId: GPK, answers: { ...example, onBehalfOf: 'someoneElse' } });
    await virtual.start({ container: document.body });
    for (let i = 0; i < 400 && (await virtual.lastSpokenPhrase()) !== 'end of document'; i++) await virtual.next();
    const log = await virtual.spokenPhraseLog();
    expect(log).toContain('heading, Legitimatie aan de balie, level 1');
    expect(log.some((phrase) => phrase.includes('Schrijf geen documentnummer op'))).toBe(true);
    expect(log.find((phrase) => phrase.startsWith('radiogroup, Met welk document heeft de aanvrager zich gelegitimeerd?'))).toMatch(/required/);
    expect(log.find((phrase) => phrase.startsWith('radiogroup, Met welk document heeft de vertegenwoordiger'))).toMatch(/required/);
  });

  it('a citizen alone never sees them: their addresses lead to the check page, which shows nothing of the desk', async () => {
    renderApp(`/aanvraag/${GPK}/stap/identityCheck`, { permitId: GPK, answers: example });
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/controleren`));
    expect(screen.queryByText('Legitimatie aan de balie')).toBeNull();
    expect(screen.queryByText('Betaling aan de balie')).toBeNull();
  });
});
