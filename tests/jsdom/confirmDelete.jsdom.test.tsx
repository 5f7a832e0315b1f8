import { virtual } from '@guidepup/virtual-screen-reader';
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDelete } from '../../src/app/ConfirmDelete';
import { TranslatorContext } from '../../src/app/TranslatorContext';
import { createTranslator } from '../../src/i18n';
import { catalogues } from '../../src/i18n/catalogues';
import { todayIso } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { renderApp } from './renderApp';
import { draftStore } from './testTablet';

afterEach(async () => {
  await virtual.stop();
});

function renderConfirm(texts: 'drafts' | 'outbox') {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <TranslatorContext.Provider value={createTranslator('nl', { ...catalogues.nl })}>
      <button type="button">Verwijderen</button>
      <ConfirmDelete id="item-confirm" texts={texts} onConfirm={onConfirm} onCancel={onCancel} />
    </TranslatorContext.Provider>,
  );
  return { onConfirm, onCancel };
}

describe('confirming a deletion', () => {
  it('is a group named by its question, so each answer is heard with what it answers', async () => {
    renderConfirm('drafts');
    const group = screen.getByRole('group', { name: 'Weet u het zeker? De antwoorden zijn daarna weg.' });
    expect(group.querySelectorAll('button')).toHaveLength(2);

    await virtual.start({ container: document.body });
    await virtual.next();
    await virtual.next();
    expect(await virtual.spokenPhraseLog()).toContain('group, Weet u het zeker? De antwoorden zijn daarna weg.');
  });

  it('answers "Ja, verwijderen" and "Nee, bewaren" with the keyboard alone, in that order', async () => {
    const { onConfirm, onCancel } = renderConfirm('outbox');
    const person = userEvent.setup();
    await person.tab();
    await person.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await person.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nee, bewaren' }));
    await person.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    await person.tab({ shift: true });
    await person.keyboard(' ');
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Bewaar haar eerst als bestand/)).toBeTruthy();
  });

  it('on the drafts page: "Nee" keeps the draft, "Ja" deletes it, says so politely and puts focus on the page heading', async () => {
    const GPK = 'gehandicaptenparkeerkaart';
    const answers = permitExample(GPK, 'firstApplicationDriver').answers(todayIso());
    await draftStore.save({ id: 'd-confirm', permitId: GPK, permitVersion: 1, answers, stepId: 'walking', startedAt: '2026-11-29T09:00:00.000Z', updatedAt: new Date().toISOString() });
    renderApp('/concepten');
    const person = userEvent.setup();
    await person.click(await screen.findByRole('button', { name: 'Verwijderen Gehandicaptenparkeerkaart' }));
    await person.click(screen.getByRole('button', { name: 'Nee, bewaren' }));
    expect(screen.queryByRole('button', { name: 'Ja, verwijderen' })).toBeNull();
    expect(await draftStore.list()).toHaveLength(1);

    await person.click(screen.getByRole('button', { name: 'Verwijderen Gehandicaptenparkeerkaart' }));
    await person.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => expect(screen.getAllByRole('status').some((status) => status.textContent === 'De aanvraag is verwijderd.')).toBe(true));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
    expect(await draftStore.list()).toEqual([]);
  });
});
