import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { applications, keepApplicationsSaved, restoreApplications } from '../../src/application';
import { todayIso } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { expectNoAxeViolations } from './axe';
import { renderApp } from './renderApp';
import { draftStore, tablet } from './testTablet';

const GPK = 'gehandicaptenparkeerkaart';
const example = permitExample(GPK, 'firstApplicationDriver').answers(todayIso());
const type = (id: string, value: string) => fireEvent.input(document.getElementById(id) as HTMLInputElement, { target: { value } });

let stopSaving: (() => void) | undefined;
afterEach(() => stopSaving?.());

describe('answers are kept on the device', () => {
  it('saves typing within half a second, says so politely, and brings it back after a reload', async () => {
    stopSaving = keepApplicationsSaved(tablet);
    renderApp(`/aanvraag/${GPK}/stap/personalDetails`, { permitId: GPK, answers: { cardKind: 'driver', applicationKind: 'first' } });
    type('q-familyName', 'van den Berg');
    // Three of the permit's, and "Voor mijzelf" before them.
    await waitFor(async () => expect((await draftStore.list())[0]?.answeredCount).toBe(4), { timeout: 2000 });
    await waitFor(() => expect(document.querySelector('.hv-save-status')?.textContent).toMatch(/^Opgeslagen om \d{2}:\d{2}$/));

    // A reload: the page and its memory are gone, the device still has the draft.
    cleanup();
    applications.set({});
    await restoreApplications(tablet);
    expect(applications.get()[GPK]?.answers).toMatchObject({ familyName: 'van den Berg', cardKind: 'driver' });
    expect(applications.get()[GPK]?.stepId).toBe('personalDetails');
  });
});

// Sealing and opening derive keys with 600,000 PBKDF2 rounds, on purpose: allow for that.
describe('save and continue later with a code', { timeout: 30_000 }, () => {
  it('gives a readable code, removes the readable answers, and the code opens them again', async () => {
    renderApp(`/aanvraag/${GPK}/bewaren`, { permitId: GPK, answers: example });
    await expectNoAxeViolations('save for later');
    fireEvent.click(screen.getByRole('button', { name: 'Code maken en opslaan' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Uw aanvraag is opgeslagen' }, { timeout: 10_000 });
    expect(heading).toBeTruthy();
    const code = document.querySelector('.hv-resume-code')?.textContent ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await expectNoAxeViolations('code shown');
    expect(applications.get()[GPK]?.answers ?? {}).toEqual({});
    expect(await draftStore.list()).toEqual([]);

    cleanup();
    renderApp('/verder');
    type('q-resumeCode', 'XXXX-XXXX-XXXX');
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toMatch(/code/);
    await expectNoAxeViolations('resume with error');

    type('q-resumeCode', code.toLowerCase().replace(/-/g, ' '));
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await waitFor(() => expect(location.pathname).toMatch(new RegExp(`^/aanvraag/${GPK}/`)), { timeout: 10_000 });
    expect(applications.get()[GPK]?.answers).toMatchObject({ familyName: example.familyName, bsn: example.bsn });
  });
});

describe('stop and erase at the end of a visit', () => {
  it('asks first, then wipes the unsaved work and the language choice', async () => {
    stopSaving = keepApplicationsSaved(tablet);
    renderApp('/stoppen', { permitId: GPK, answers: example });
    await waitFor(async () => expect(await draftStore.list()).toHaveLength(1), { timeout: 2000 });
    await expectNoAxeViolations('stop');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, stoppen en alles wissen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Alles is gewist' })).toBeTruthy();
    expect(applications.get()).toEqual({});
    expect(await draftStore.list()).toEqual([]);
  });
});

describe('the drafts list for staff', () => {
  it('shows no answers, and deletes a draft only after confirmation', async () => {
    await draftStore.save({ id: 'd-1', permitId: GPK, permitVersion: 1, answers: example, stepId: 'walking', startedAt: '2026-11-29T09:00:00.000Z', updatedAt: new Date().toISOString() });
    renderApp('/concepten');
    await screen.findByText(/Gehandicaptenparkeerkaart, begonnen op/);
    expect(document.body.textContent).not.toContain(example.familyName);
    await expectNoAxeViolations('drafts list');
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen Gehandicaptenparkeerkaart' }));
    expect(await draftStore.list()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(await screen.findByText('De aanvraag is verwijderd.')).toBeTruthy();
    expect(await draftStore.list()).toEqual([]);
  });

  it('resumes a draft at the step where it was', async () => {
    await draftStore.save({ id: 'd-2', permitId: GPK, permitVersion: 1, answers: example, stepId: 'walking', startedAt: '2026-11-29T09:00:00.000Z', updatedAt: new Date().toISOString() });
    renderApp('/concepten');
    fireEvent.click(await screen.findByRole('button', { name: 'Verder Gehandicaptenparkeerkaart' }));
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/walking`));
  });
});
