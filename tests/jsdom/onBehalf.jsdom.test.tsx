import { virtual } from '@guidepup/virtual-screen-reader';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { applications } from '../../src/application';
import { expectNoAxeViolations } from './axe';
import { renderApp } from './renderApp';

const GPK = 'gehandicaptenparkeerkaart';
const ON_BEHALF = `/aanvraag/${GPK}/stap/onBehalf`;
const submit = () => fireEvent.submit(document.querySelector('form') as HTMLFormElement);
const answers = () => applications.get()[GPK]?.answers ?? {};
const someoneElse = { onBehalfOf: 'someoneElse' };

afterEach(async () => {
  await virtual.stop();
});

async function readWholePage(): Promise<string[]> {
  await virtual.start({ container: document.body });
  for (let i = 0; i < 400 && (await virtual.lastSpokenPhrase()) !== 'end of document'; i++) await virtual.next();
  const log = await virtual.spokenPhraseLog();
  await virtual.stop();
  return log;
}

describe('"Voor wie is deze aanvraag?" before the first question', () => {
  it('comes right after the consent, and "Voor mijzelf" leads to the permit’s first step, counted as step 1', async () => {
    renderApp(`/aanvraag/${GPK}/toestemming`, { permitId: GPK, answers: {}, consent: false });
    fireEvent.click(screen.getByLabelText('Met een brief'));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ik ga akkoord' }));
    await waitFor(() => expect(location.pathname).toBe(ON_BEHALF));
    expect(document.title).toBe('Voor wie is deze aanvraag? – Aanvraag Gehandicaptenparkeerkaart – Gemeente Voorbeeld');
    fireEvent.click(screen.getByLabelText('Voor mijzelf'));
    submit();
    await waitFor(() => expect(location.pathname).toBe(`/aanvraag/${GPK}/stap/cardKind`));
    expect(document.title).toMatch(/^Stap 1 van \d+: /);
    expect(answers()).toMatchObject({ onBehalfOf: 'self' });
    // Back from the first step returns here, with the answer.
    expect(screen.getByRole('link', { name: /Vorige|Terug/ }).getAttribute('href')).toBe(ON_BEHALF);
  });

  it('explains every basis plainly and passes axe, empty, with errors and filled in', async () => {
    renderApp(ON_BEHALF, { permitId: GPK, answers: someoneElse });
    await expectNoAxeViolations('on behalf: someone else');
    for (const text of ['De rechter heeft u aangewezen. U regelt het geld van de aanvrager.', 'U hebt geen machtiging. De aanvraag blijft van de aanvrager zelf. Wij noteren u als helper.']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    submit();
    await waitFor(() => expect(document.activeElement?.classList.contains('hv-error-summary')).toBe(true));
    await expectNoAxeViolations('on behalf: errors');
    fireEvent.click(screen.getByLabelText('De aanvrager heeft mij schriftelijk gemachtigd'));
    expect(await screen.findByText('Voeg de schriftelijke machtiging toe', { exact: false })).toBeTruthy();
    await expectNoAxeViolations('on behalf: written authorisation');
  });

  it('after a failed "Volgende": "Fout:" in the title, the summary focused, its links lead to the fields, nothing typed lost', async () => {
    renderApp(ON_BEHALF, { permitId: GPK, answers: someoneElse });
    fireEvent.input(document.getElementById('q-representativeName') as HTMLInputElement, { target: { value: 'Pieter van den Berg' } });
    fireEvent.input(document.getElementById('q-representativePhone') as HTMLInputElement, { target: { value: '12' } });
    submit();
    await waitFor(() => expect(document.activeElement?.classList.contains('hv-error-summary')).toBe(true));
    expect(document.title).toMatch(/^Fout: Voor wie is deze aanvraag\? – /);
    expect((document.getElementById('q-representativeName') as HTMLInputElement).value).toBe('Pieter van den Berg');
    expect(document.getElementById('q-representativePhone')?.getAttribute('aria-invalid')).toBe('true');
    const summaryLinks = [...document.querySelectorAll('.hv-error-summary a')];
    expect(summaryLinks).toHaveLength(2);
    fireEvent.click(summaryLinks[1] as HTMLAnchorElement);
    expect(document.activeElement?.id).toBe('q-representativePhone');
    expect(location.pathname).toBe(ON_BEHALF);
  });

  it('with a written authorisation, needs the authorisation before going on', async () => {
    renderApp(ON_BEHALF, { permitId: GPK, answers: { ...someoneElse, representationBasis: 'writtenAuthorisation', representativeName: 'Pieter van den Berg', representativePhone: '0612345678' } });
    submit();
    await waitFor(() => expect(document.activeElement?.classList.contains('hv-error-summary')).toBe(true));
    expect(document.querySelectorAll('.hv-error-summary a')).toHaveLength(1);
    expect(location.pathname).toBe(ON_BEHALF);
  });

  it('a screen reader hears the question as a required group, each basis with its explanation, and the error with its field', async () => {
    renderApp(ON_BEHALF, { permitId: GPK, answers: someoneElse });
    let log = await readWholePage();
    expect(log).toContain('heading, Voor wie is deze aanvraag?, level 1');
    expect(log.find((phrase) => phrase.startsWith('radiogroup, Waarom mag u dit voor die persoon aanvragen?'))).toMatch(/required/);
    expect(log.find((phrase) => phrase.startsWith('radio, Ik ben mentor'))).toContain('U beslist over zorg en begeleiding van de aanvrager.');
    submit();
    log = await readWholePage();
    expect(log.find((phrase) => phrase.startsWith('textbox, Wat is uw naam?'))).toMatch(/invalid/);
  });

  it('is on the check page with a "Wijzig" link, and the check page sends nobody past it unanswered', async () => {
    renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: { ...someoneElse, representationBasis: 'administrator', representativeName: 'Pieter van den Berg', representativePhone: '0612345678' } });
    expect(screen.getByText('Ik ben bewindvoerder')).toBeTruthy();
    expect(screen.getByText('Pieter van den Berg')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Wijzig antwoord op: Wat is uw naam?' }));
    await waitFor(() => expect(location.pathname).toBe(ON_BEHALF));
    expect(location.search).toBe('?vanuit=controle');
  });
});
