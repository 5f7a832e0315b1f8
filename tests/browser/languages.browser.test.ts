import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { todayIso, visiblePlan, type Answers, type FileAnswer, type PermitDefinition } from '../../src/wizard';
import { exampleFilePath } from '../fixtures/exampleFiles';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { choosePreference } from './displayPreferences';
import { answerWithKeyboard } from './keyboard';
import { expectNoHorizontalScroll, expectNoViolations } from './pageChecks';
import { applyForThemselves } from './parkingCardStart';
import { browserPermitExamples } from './permitExamples';

/*
 * The permits in Arabic (right to left) and Tigrinya (Ge’ez script) in Chromium, at tablet size and
 * at 320 px: axe on every page of the walk (consent, "for whom", every step filled in, the first
 * question step's error state, the check page, the receipt), and at 320 px no sideways scrolling
 * (WCAG 1.4.10). Every step's texts are in the language (title, buttons, error summary, receipt),
 * and the service stores the application with that language as its `locale`.
 *
 * What is walked: every example of every permit in both languages. A walk checks each page at both
 * sizes (the window is resized, the page reflows, axe runs again), so each page is checked in the
 * same state at 768×1024 and at 320 px without walking every example twice; half the examples are
 * walked (typed, clicked) at 320 px, the other half at tablet size. Selectors go by id and value,
 * texts come from the catalogue.
 */
test.use({ serviceWorkers: 'block' });

const LANGUAGES = ['ar', 'ti'] as const;
type Language = (typeof LANGUAGES)[number];
/** Each language's name in itself (CLDR), as its reader looks for it in the list: not what this browser's Intl happens to know. */
const OWN_NAMES: Readonly<Record<Language, string>> = { ar: 'العربية', ti: 'ትግርኛ' };
const SIZES = [
  { name: 'tablet 768×1024', width: 768, height: 1024 },
  { name: '320 px', width: 320, height: 640 },
] as const;

const MESSAGES = join(import.meta.dirname, '../../src/i18n/messages');
/** A text of the language's app catalogue, filled in; never its Dutch text. */
function textIn(locale: Language, key: string, values: Record<string, string | number> = {}): string {
  const catalogue = { ...readJson(join(MESSAGES, `${locale}.json`)), ...readJson(join(MESSAGES, `fields.${locale}.json`)) };
  const dutch = { ...readJson(join(MESSAGES, 'nl.json')), ...readJson(join(MESSAGES, 'fields.nl.json')) };
  const text = catalogue[key];
  if (typeof text !== 'string' || text === dutch[key]) throw new Error(`${locale}: "${key}" is missing or still Dutch`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** Adds an example's files by the file input (the keyboard's way is tested in Dutch), waiting for the language's "added". */
async function addFiles(page: Page, locale: Language, questionId: string, files: readonly FileAnswer[]): Promise<void> {
  for (const file of files) {
    await page.locator(`[id="q-${questionId}"]`).setInputFiles(exampleFilePath(file));
    await expect(page.getByRole('status').filter({ hasText: textIn(locale, 'field.file.added', { name: file.name }) })).toBeVisible();
  }
}

/** Every step of the permit in its plan for `answers`, each checked with `check` once filled in. */
async function walkSteps(page: Page, locale: Language, permit: PermitDefinition, answers: Answers, check: (what: string) => Promise<void>): Promise<void> {
  const today = todayIso();
  for (const [index, { step, questions }] of visiblePlan(permit, answers, today).entries()) {
    await expect(page).toHaveURL(new RegExp(`/stap/${step.id}$`));
    // The step's number in the language's words; the total as the Dutch walk checks it (permits.browser.test.ts).
    const counter = textIn(locale, 'step.counter', { number: index + 1, total: 'TOTAL' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(page).toHaveTitle(new RegExp(`^${counter.replace('TOTAL', '\\d+')}`));
    if (index === 0 && questions.length > 0) {
      await page.getByRole('button', { name: textIn(locale, 'step.next'), exact: true }).click();
      await expect(page.locator('.hv-error-summary')).toBeFocused();
      await expect(page.locator('.hv-error-summary h2')).toHaveText(textIn(locale, 'error.summaryTitle'));
      await check(`${step.id} with errors`);
    }
    for (const question of questions) {
      const value = answers[question.id];
      if (question.type === 'file') await addFiles(page, locale, question.id, (value ?? []) as readonly FileAnswer[]);
      else await answerWithKeyboard(page, question, value);
    }
    await check(step.id);
    await page.getByRole('button', { name: textIn(locale, 'step.next'), exact: true }).click();
  }
  await expect(page).toHaveURL(/\/controleren$/);
}

type Size = (typeof SIZES)[number];

/** Checks the page as it is at every size, ending at `walkedAt`, the size the walk goes on at. */
function checkAtEverySize(page: Page, locale: Language, walkedAt: Size): (what: string) => Promise<void> {
  const order = [...SIZES.filter((size) => size !== walkedAt), walkedAt];
  return async (what) => {
    for (const size of order) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await expectNoViolations(page, `${what} (${locale}, ${size.name})`);
      if (size.width <= 320) await expectNoHorizontalScroll(page, size.width);
    }
  };
}

const examples = await browserPermitExamples();
for (const locale of LANGUAGES) {
  test.describe(`in ${locale}`, () => {
    for (const [index, example] of examples.entries()) {
      const walkedAt = SIZES[index % SIZES.length] as Size;
      test(`${example.permit.id} (${example.name}), walked at ${walkedAt.name}: every page passes axe at both sizes and reflows at 320 px, in the language, and is sent in it`, async ({ page, request }) => {
        // The event permit has some 40 boxes and a dozen pages, each checked twice by axe, on a busy machine.
        test.setTimeout(240_000);
        await page.setViewportSize({ width: walkedAt.width, height: walkedAt.height });
        const check = checkAtEverySize(page, locale, walkedAt);
        await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
        await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
        await page.goto('/');
        await choosePreference(page, 'language', OWN_NAMES[locale]);
        await expect(page.locator('html')).toHaveAttribute('lang', textIn(locale, 'language.tag'));
        await check('start');

        await page.locator(`.hv-permit__link[href^="/aanvraag/${example.permit.id}/"]`).click();
        await expect(page.getByRole('heading', { level: 1, name: textIn(locale, 'consent.title') })).toBeVisible();
        await check('consent');
        await page.locator('input[name="consentContactChannel"][value="post"]').check();
        await page.getByRole('button', { name: textIn(locale, 'consent.yes') }).click();
        await expect(page.locator('input[name="onBehalfOf"]').first()).toBeVisible();
        await check('for whom');
        await applyForThemselves(page);

        const answers = example.answers(todayIso());
        await walkSteps(page, locale, example.permit, answers, check);
        await check('check answers');
        await page.getByRole('button', { name: textIn(locale, 'check.send') }).click();
        await expect(page.getByRole('heading', { level: 1, name: textIn(locale, 'sent.title') })).toBeFocused();
        await expect(page.getByRole('heading', { level: 2, name: textIn(locale, 'sent.nextTitle') })).toBeVisible();
        await check('confirmation');

        const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
        const status = await request.get(`/api/v1/applications/${reference}`, { headers: { Authorization: `Bearer ${TEST_DEVICE_TOKEN}` } });
        expect(status.status()).toBe(200);
        expect(await status.json()).toMatchObject({ reference, formId: example.permit.id, locale });
      });
    }
  });
}
