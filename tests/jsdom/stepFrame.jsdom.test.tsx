import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { findDefinition } from '../../src/definitions';
import { todayIso, visiblePlan } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { renderApp } from './renderApp';

const GPK = 'gehandicaptenparkeerkaart';
const submit = () => fireEvent.submit(document.querySelector('form') as HTMLFormElement);

describe('the frame of the steps', () => {
  it('stays from step to step while the new step gets a fresh form, its back link and the focus on its heading', async () => {
    renderApp(`/aanvraag/${GPK}/stap/cardKind`, { permitId: GPK });
    const header = document.querySelector('.hv-header');
    const help = document.querySelector('.hv-help');
    fireEvent.click(screen.getByLabelText('Passagierskaart'));
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/applicationKind`));
    // The same header and help, not built anew.
    expect(document.querySelector('.hv-header')).toBe(header);
    expect(document.querySelector('.hv-help')).toBe(help);
    // Focus on the new step's heading (WCAG 2.4.3), its title set, and Back to the step just left.
    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent).toContain('Hebt u al een gehandicaptenparkeerkaart?');
    expect(document.title).toMatch(/^Stap 2 van \d+: Hebt u al een gehandicaptenparkeerkaart\?/);
    expect(screen.getByRole('link', { name: 'Terug' }).getAttribute('href')).toBe(`/aanvraag/${GPK}/stap/cardKind`);
    // The new step's form is its own: nothing of the last one is checked on it.
    submit();
    await waitFor(() => expect(document.activeElement?.classList.contains('hv-error-summary')).toBe(true));
    expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/applicationKind`);
    expect(document.title).toMatch(/^Fout: Stap 2 van \d+/);
    expect(applications.get()[GPK]?.answers).toMatchObject({ cardKind: 'passenger' });
  });

  it('after the browser\'s Back, shows the step before with its answer and focuses its heading', async () => {
    renderApp(`/aanvraag/${GPK}/stap/cardKind`, { permitId: GPK });
    fireEvent.click(screen.getByLabelText('Passagierskaart'));
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/applicationKind`));
    history.back();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/cardKind`));
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect((screen.getByLabelText('Passagierskaart') as HTMLInputElement).checked).toBe(true);
  });

  it('notes the step entered and what its form starts with in one change of the application, so one render and one write', async () => {
    const changes: unknown[] = [];
    const stop = applications.subscribe((value) => changes.push(value[GPK]));
    renderApp(`/aanvraag/${GPK}/stap/walking`, { permitId: GPK });
    await waitFor(() => expect(applications.get()[GPK]?.stepId).toBe('walking'));
    stop();
    // The application put in place by the test, then the step entered with its blank answers (no aids ticked).
    expect(changes).toHaveLength(2);
    expect(applications.get()[GPK]?.answers).toMatchObject({ walkingAids: [] });
  });

  it('stays from a step to the check page, which gets its back link and the focus on its heading', async () => {
    const answers = permitExample(GPK, 'firstApplicationDriver').answers(todayIso());
    renderApp(`/aanvraag/${GPK}/stap/duration?vanuit=controle`, { permitId: GPK, answers });
    const header = document.querySelector('.hv-header');
    const help = document.querySelector('.hv-help');
    expect(screen.getByRole('link', { name: 'Terug' }).getAttribute('href')).toBe(`/aanvraag/${GPK}/controleren`);
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/controleren`));
    expect(document.querySelector('.hv-header')).toBe(header);
    expect(document.querySelector('.hv-help')).toBe(help);
    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent).toBe('Kijk uw antwoorden na');
    const permit = findDefinition(GPK);
    const lastStep = permit && visiblePlan(permit, { onBehalfOf: 'self', ...answers }, todayIso()).at(-1)?.step.id;
    expect(screen.getByRole('link', { name: 'Terug' }).getAttribute('href')).toBe(`/aanvraag/${GPK}/stap/${lastStep}`);
    expect(screen.getAllByRole('navigation', { name: 'Vorige stap' })).toHaveLength(1);
  });
});
