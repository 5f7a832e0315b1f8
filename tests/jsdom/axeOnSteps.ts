import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import type { Locale } from '../../src/i18n';
import { catalogues } from '../../src/i18n/catalogues';
import { language } from '../../src/preferences';
import type { Step } from '../../src/wizard';
import { expectNoAxeViolations } from './axe';
import { answersBefore, stepPath, type ExamplePath } from './examplePaths';
import { renderApp } from './renderApp';

/**
 * Renders the app as `renderApp` does, in `locale` (the visit's language, as "Weergave en taal" sets
 * it), once that language's texts are on the page: a language other than Dutch loads when first used.
 */
export async function renderIn(locale: Locale, ...args: Parameters<typeof renderApp>): Promise<ReturnType<typeof renderApp>> {
  language.set(locale);
  const rendered = renderApp(...args);
  await waitFor(() => expect(document.documentElement.lang).toBe(catalogues[locale]?.['language.tag']));
  return rendered;
}

/**
 * axe-core on one step of an example in `locale`: empty (with the answers of the steps before),
 * after a failed "Volgende" and filled in. The error summary's heading must be the language's own
 * text, so a page checked "in Arabic" is one a person reads in Arabic.
 */
export async function expectStepPassesAxe(path: ExamplePath, step: Step, locale: Locale): Promise<void> {
  const empty = await renderIn(locale, stepPath(path.permit.id, step.id), { permitId: path.permit.id, answers: answersBefore(path, step) });
  await expectNoAxeViolations(`${step.id} empty (${locale})`);
  // A step that only explains an outcome has nothing to get wrong.
  if (step.questions.length > 0) {
    // Clear what prefill put in, so every step can show its error state.
    for (const box of document.querySelectorAll<HTMLInputElement>('form input[type="text"], form input[type="tel"], form input[type="email"]')) {
      fireEvent.input(box, { target: { value: '' } });
    }
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    const summary = await screen.findByRole('alert');
    expect(summary.querySelector('h2')?.textContent, `${step.id} error summary (${locale})`).toBe(catalogues[locale]?.['error.summaryTitle']);
    await expectNoAxeViolations(`${step.id} with errors (${locale})`);
  }
  empty.unmount();

  await renderIn(locale, stepPath(path.permit.id, step.id), { permitId: path.permit.id, answers: path.answers });
  await expectNoAxeViolations(`${step.id} filled (${locale})`);
}
