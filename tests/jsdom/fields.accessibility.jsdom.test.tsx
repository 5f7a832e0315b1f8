import { render } from '@testing-library/preact';
import { useForm, type FieldValues } from 'react-hook-form';
import { beforeAll, describe, expect, it } from 'vitest';
import { QuestionField, fieldIds, type FileStorage } from '../../src/fields';
import { fieldExamplePermit, fieldExamples, type FieldExample } from '../../src/fields/fieldExamples';
import { createTranslator } from '../../src/i18n';
import { catalogues } from '../../src/i18n/catalogues';
import type { Answers, AnswerValue } from '../../src/wizard';
import { expectNoAxeViolations } from './axe';

/**
 * Every named example of every field component (src/fields/<Field>/examples.ts), for every question
 * type, as a person meets it: empty, with an error and filled in. Each render passes axe and is
 * wired for a screen reader: every box has its label, and a message is tied to the boxes it is
 * about, which say they are invalid. A new example is a new test, and a new question type cannot
 * compile without examples (GOV.UK Frontend runs axe over each component's examples the same way).
 */

interface State {
  readonly answer?: AnswerValue | undefined;
  readonly errors: Readonly<Record<string, string>>;
}

const states: Readonly<Record<string, (example: FieldExample) => State>> = {
  empty: (example) => ({ answer: example.empty, errors: {} }),
  'with an error': (example) => example.invalid,
  'filled in': (example) => ({ answer: example.filled, errors: {} }),
};

/** Files kept nowhere: the examples' files have no bytes on this tablet, so they show without a preview. */
const noFiles: FileStorage = { keep: async () => ({ ok: false, reason: 'failed' }), discard: async () => undefined, read: async () => new Map(), whileBusy: () => undefined, lostNames: () => [] };

function ExampleField({ example, state }: { example: FieldExample; state: State }) {
  const { question } = example;
  const form = useForm<FieldValues>({ defaultValues: state.answer === undefined ? {} : { [question.id]: state.answer } });
  const texts = Object.fromEntries(Object.entries(example.texts).map(([key, text]) => [`permit.${fieldExamplePermit.id}.q.${key}`, text]));
  return (
    <main>
      <form noValidate>
        <QuestionField
          permit={fieldExamplePermit}
          question={question}
          name={question.id}
          translator={createTranslator('nl', { ...catalogues.nl, ...texts })}
          register={form.register}
          control={form.control}
          files={noFiles}
          setValue={form.setValue}
          answers={form.watch() as Answers}
          errors={new Map(Object.entries(state.errors))}
        />
      </form>
    </main>
  );
}

const ids = (element: Element, attribute: string) => (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
/** What can say it is invalid: a box, or a radio group (ARIA 1.2 gives a plain group of check boxes no `aria-invalid`). */
const canBeInvalid = (element: Element) => element.matches('input, textarea, [role="radiogroup"]');

function expectEveryBoxLabelled(container: Element) {
  const unlabelled = [...container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([hidden]), textarea')].filter((box) => (box.labels?.length ?? 0) === 0);
  expect(unlabelled.map((box) => box.id || box.outerHTML)).toEqual([]);
}

function expectMessagesTiedToTheirBoxes(container: Element, example: FieldExample, errors: State['errors']) {
  for (const [field, message] of Object.entries(errors)) {
    const id = fieldIds.error(field);
    expect(document.getElementById(id)?.textContent, field).toContain(message);
    const described = [...container.querySelectorAll('[aria-describedby]')].filter((element) => ids(element, 'aria-describedby').includes(id));
    expect(described.length, `what ${id} describes`).toBeGreaterThan(0);
    expect(described.filter(canBeInvalid).filter((element) => element.getAttribute('aria-invalid') !== 'true').map((element) => element.id)).toEqual([]);
  }
  const invalid = [...container.querySelectorAll('[aria-invalid="true"]')];
  const messages = Object.keys(errors).map((field) => fieldIds.error(field));
  // Whatever says it is invalid says why: it is described by one of the messages.
  expect(invalid.filter((element) => !ids(element, 'aria-describedby').some((id) => messages.includes(id))).map((element) => element.id)).toEqual([]);
  // A group of check boxes says it is in error by its description alone: ARIA 1.2 gives a group no `aria-invalid`.
  if (messages.length > 0 && example.question.type !== 'multiChoice') expect(invalid.length, 'boxes that say they are invalid').toBeGreaterThan(0);
}

describe('every field example, empty, with an error and filled in', () => {
  // What the app's page sets around a step (its language and title), so axe judges the field alone.
  beforeAll(() => {
    document.documentElement.lang = 'nl';
    document.title = 'Voorbeelden van vragen';
  });

  const cases = Object.entries(fieldExamples).flatMap(([type, examples]) =>
    (examples as readonly FieldExample[]).flatMap((example) => Object.entries(states).map(([state, stateOf]) => ({ label: `${type}: ${example.name}, ${state}`, example, state: stateOf(example) }))),
  );

  it.each(cases)('$label: passes axe, with every box labelled and each message tied to its boxes', async ({ label, example, state }) => {
    const { container } = render(<ExampleField example={example} state={state} />);
    await expectNoAxeViolations(label);
    expectEveryBoxLabelled(container);
    expectMessagesTiedToTheirBoxes(container, example, state.errors);
    if (Object.keys(state.errors).length === 0) expect(container.querySelectorAll('[aria-invalid], .utrecht-form-field-error-message')).toHaveLength(0);
  });
});
