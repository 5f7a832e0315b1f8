import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { neighbourhoodPartyThresholds } from '../../src/definitions/evenementenvergunning/examples';
import { expectNoAxeViolations } from './axe';
import { renderApp } from './renderApp';

const EVENT = 'evenementenvergunning';
const submit = () => fireEvent.submit(document.querySelector('form') as HTMLFormElement);
const type = (id: string, value: string) => fireEvent.input(document.getElementById(id) as HTMLInputElement, { target: { value } });
const choose = (id: string) => fireEvent.click(document.getElementById(id) as HTMLInputElement);

/** Answers the threshold steps through the form, as a person does, and arrives at the outcome. */
async function answerThresholds(visitors: string, yes: { moreThanOneDay?: boolean; earlyOrLate?: boolean; closesRoad?: boolean; largeStructures?: boolean } = {}) {
  renderApp(`/aanvraag/${EVENT}/stap/visitors`, { permitId: EVENT });
  type('q-maxVisitors', visitors);
  submit();
  await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${EVENT}/stap/dayAndTime`));
  choose(yes.moreThanOneDay ? 'q-moreThanOneDay' : 'q-moreThanOneDay-no');
  choose(yes.earlyOrLate ? 'q-earlyOrLate' : 'q-earlyOrLate-no');
  submit();
  await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${EVENT}/stap/roadsAndStructures`));
  choose(yes.closesRoad ? 'q-closesRoad' : 'q-closesRoad-no');
  choose(yes.largeStructures ? 'q-largeStructures' : 'q-largeStructures-no');
  submit();
  await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${EVENT}/stap/route`));
}

describe('an event is routed by its threshold questions', () => {
  it('sends a small neighbourhood party to the melding, says why plainly, and takes its answers along', async () => {
    await answerThresholds(neighbourhoodPartyThresholds.maxVisitors);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Een melding is genoeg');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe('Stap 4 van 4: Een melding is genoeg – Aanvraag Evenement organiseren – Gemeente Voorbeeld');
    expect(screen.getByText(/Het blijft binnen alle regels voor een melding: niet meer dan 200 bezoekers tegelijk, één dag, overdag/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Volgende' })).toBeNull();
    await expectNoAxeViolations('route: notification');

    fireEvent.click(screen.getByRole('button', { name: 'Verder met: Melding klein evenement' }));
    await waitFor(() => expect(location.pathname).toBe('/aanvraag/melding-klein-evenement/stap/organiser'));
    expect(applications.get()['melding-klein-evenement']?.answers).toMatchObject({ maxVisitors: '80' });
    // The application for the permit stays as it was: going back loses nothing.
    expect(applications.get()[EVENT]?.answers).toMatchObject({ maxVisitors: '80', closesRoad: 'no' });
  });

  it('sends a 2,000-visitor festival to the permit and names every reason, with the person’s own number', async () => {
    await answerThresholds('2000', { moreThanOneDay: true });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('U hebt een evenementenvergunning nodig');
    expect(screen.getByRole('heading', { level: 2, name: 'Waarom?' })).toBeTruthy();
    const reasons = [...document.querySelectorAll('.hv-outcome li')].map((item) => item.textContent);
    expect(reasons).toEqual(['U verwacht 2.000 bezoekers tegelijk. Bij meer dan 200 bezoekers is een vergunning nodig.', 'Het evenement duurt langer dan één dag.']);
    expect(document.title).toMatch(/^Stap 4 van \d+: U hebt een evenementenvergunning nodig – /);
    await expectNoAxeViolations('route: permit');

    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${EVENT}/stap/organiser`));
  });

  it('keeps the check page from sending a handed-over event as a permit: "Aanvraag versturen" leads to the outcome', async () => {
    renderApp(`/aanvraag/${EVENT}/controleren`, { permitId: EVENT, answers: neighbourhoodPartyThresholds });
    fireEvent.click(await screen.findByRole('button', { name: 'Aanvraag versturen' }));
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${EVENT}/stap/route`));
  });
});

describe('a period with dates and times', () => {
  const festivalSoFar = { maxVisitors: '2000', moreThanOneDay: 'no', earlyOrLate: 'no', closesRoad: 'no', largeStructures: 'no' };

  it('names each missing or wrong part, and the summary link focuses that box', async () => {
    renderApp(`/aanvraag/${EVENT}/stap/eventPeriod`, { permitId: EVENT, answers: festivalSoFar });
    type('q-eventPeriod-startDate', '20-06-2099');
    type('q-eventPeriod-startTime', '25:00');
    submit();
    const summary = await screen.findByRole('alert');
    const links = [...summary.querySelectorAll('a')].map((link) => link.textContent);
    expect(links[0]).toMatch(/^Deze datum is te ver weg\. U kunt een vergunning tot 730 dagen van tevoren aanvragen\./);
    expect(links.slice(1)).toEqual([
      'Deze tijd bestaat niet. Kies een uur van 0 tot en met 23 en minuten van 0 tot en met 59. Middernacht is 00:00 op de volgende dag.',
      'Vul de einddatum in. Eindigt het op dezelfde dag? Vul dan dezelfde datum in.',
      'Vul de eindtijd in. Bijvoorbeeld: 23:00.',
    ]);
    expect(document.getElementById('q-eventPeriod-startTime')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('q-eventPeriod-startTime')?.getAttribute('aria-describedby')).toBe('q-eventPeriod-startTime-hint q-eventPeriod-startTime-error');
    fireEvent.click(screen.getByRole('link', { name: 'Vul de eindtijd in. Bijvoorbeeld: 23:00.' }));
    expect(document.activeElement?.id).toBe('q-eventPeriod-endTime');
    expect((document.getElementById('q-eventPeriod-startDate') as HTMLInputElement).value).toBe('20-06-2099');
    await expectNoAxeViolations('period with errors');
  });

  it('left empty as a whole, says so once, and the summary link focuses its first box', async () => {
    renderApp(`/aanvraag/${EVENT}/stap/eventPeriod`, { permitId: EVENT, answers: festivalSoFar });
    submit();
    fireEvent.click(await screen.findByRole('link', { name: 'Vul in wanneer het evenement begint en eindigt.' }));
    expect(document.activeElement?.id).toBe('q-eventPeriod-startDate');
  });
});
