import { virtual } from '@guidepup/virtual-screen-reader';
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { expectNoAxeViolations } from './axe';
import { renderApp } from './renderApp';

/*
 * An address, a period or an entry of a repeating group left empty as a whole: the error is about
 * the question, and each box that needs input carries it, so the person hears at the box what is
 * missing and the error summary's link lands in the first of them.
 */

const submit = () => fireEvent.submit(document.querySelector('form') as HTMLFormElement);
const box = (id: string) => document.getElementById(id) as HTMLElement;
const carries = (element: HTMLElement, errorId: string) => element.getAttribute('aria-invalid') === 'true' && (element.getAttribute('aria-describedby') ?? '').split(' ').includes(errorId);

afterEach(async () => {
  await virtual.stop();
});

describe('an error about a whole question answered in boxes', () => {
  it('an empty address: each box that needs input carries the message, the summary leads to the first', async () => {
    renderApp('/aanvraag/gehandicaptenparkeerkaart/stap/homeAddress', { permitId: 'gehandicaptenparkeerkaart', answers: { cardKind: 'driver', applicationKind: 'first' } });
    submit();
    const summary = await screen.findByRole('alert');
    const message = box('q-homeAddress-error').textContent ?? '';
    expect(message).toMatch(/^Fout: /);
    for (const part of ['postcode', 'houseNumber', 'street', 'city']) expect(carries(box(`q-homeAddress-${part}`), 'q-homeAddress-error'), part).toBe(true);
    for (const part of ['houseLetter', 'addition']) expect(box(`q-homeAddress-${part}`).hasAttribute('aria-invalid'), part).toBe(false);
    fireEvent.click(summary.querySelector('a') as HTMLAnchorElement);
    expect(document.activeElement).toBe(box('q-homeAddress-postcode'));
    await expectNoAxeViolations('empty address with error');

    await virtual.start({ container: document.body });
    box('q-homeAddress-postcode').focus();
    await virtual.next();
    await virtual.previous();
    expect(await virtual.lastSpokenPhrase()).toMatch(new RegExp(`^textbox, Postcode, .*${message.replace(/[.?]/g, '\\$&')}.*invalid, required$`));
  });

  it('an empty entry of a repeating group: its boxes carry the message, the summary leads to its first question', async () => {
    const earlier = { homeAddress: { postcode: '3511 AB', houseNumber: '20', street: 'Oudegracht', city: 'Utrecht' }, permitNumber: 'first' };
    renderApp('/aanvraag/bewonersparkeervergunning/stap/vehicles', { permitId: 'bewonersparkeervergunning', answers: earlier });
    submit();
    const summary = await screen.findByRole('alert');
    const plateCountry = screen.getByRole('radiogroup', { name: 'Heeft de auto een Nederlands kenteken?' });
    expect(carries(plateCountry, 'q-vehicles-error')).toBe(true);
    fireEvent.click(summary.querySelector('a') as HTMLAnchorElement);
    expect(document.activeElement).toBe(plateCountry.querySelector('input'));
    await expectNoAxeViolations('empty entry with error');
  });

  it('a period in an entry, with too few entries: the empty entry’s date and time boxes carry the message', async () => {
    const { pitchDays: _left, ...before } = permitExample('standplaatsvergunning', 'threeDaysOliebollen').answers(todayIso());
    renderApp('/aanvraag/standplaatsvergunning/stap/someDays', { permitId: 'standplaatsvergunning', answers: before });
    submit();
    await screen.findByRole('alert');
    for (const part of ['startDate', 'startTime', 'endDate', 'endTime']) expect(carries(box(`q-pitchDays-0-pitchDay-${part}`), 'q-pitchDays-error'), part).toBe(true);
    expect(box('q-pitchDays-1-pitchDay-startDate').hasAttribute('aria-invalid')).toBe(false);
  });
});
