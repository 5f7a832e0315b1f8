import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { choosePreference } from './displayPreferences';
import { giveConsent } from './parkingCardStart';
import { serveEnglishAsPseudoRtl } from './pseudoRtl';

/*
 * Right to left in Chromium, with the real Arabic catalogue once `src/i18n/messages/ar.json` is
 * there, and until then with the pseudo-Arabic test catalogue served in place of the English one
 * (`pseudoRtl.ts`). Either way only data says "rtl": the layout mirrors, and nothing a person
 * relies on changes order — not the steps, not the keyboard's path through a page, not the digits
 * of a number or the letters of a name typed in Latin script.
 */

const GPK = 'gehandicaptenparkeerkaart';
const realArabic = existsSync(join(import.meta.dirname, '../../src/i18n/messages/ar.json'));

test.use({ serviceWorkers: 'block' });

/** Switches the page to the right-to-left language, by its own name in the language list. */
async function chooseRightToLeft(page: Page): Promise<void> {
  await choosePreference(page, 'language', realArabic ? (new Intl.DisplayNames(['ar'], { type: 'language' }).of('ar') ?? 'ar') : 'English');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

/** Where Tab goes on the page, from its heading: each stop named by what does not depend on the language. */
async function focusPath(page: Page, stops = 25): Promise<string[]> {
  await page.locator('h1').focus();
  const path: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    path.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return 'body';
        const value = element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox') ? `=${element.value}` : '';
        return `${element.tagName.toLowerCase()}#${element.id}[${element.getAttribute('name') ?? element.getAttribute('href') ?? element.className}]${value}`;
      }),
    );
  }
  return path;
}

/**
 * From the start to the personal details, the steps' addresses on the way, and the keyboard's path
 * through the first question and the personal details step.
 */
async function walkFirstSteps(page: Page): Promise<{ steps: string[]; focus: string[][] }> {
  const steps: string[] = [];
  const focus: string[][] = [];
  await page.locator(`.hv-permit__link[href^="/aanvraag/${GPK}/"]`).click();
  await expect(page.locator('input[name="consentContactChannel"]').first()).toBeVisible();
  await page.locator('input[name="consentContactChannel"][value="post"]').check();
  await page.locator('form button[type="submit"]').click();
  for (const [question, value] of [
    ['onBehalfOf', 'self'],
    ['cardKind', 'driver'],
    ['applicationKind', 'first'],
  ] as const) {
    await expect(page.locator(`input[name="${question}"]`).first()).toBeVisible();
    steps.push(new URL(page.url()).pathname);
    focus.push(await focusPath(page));
    await page.locator(`input[name="${question}"][value="${value}"]`).check();
    await page.locator('form button[type="submit"]').click();
  }
  await expect(page.locator('#q-bsn')).toBeVisible();
  steps.push(new URL(page.url()).pathname);
  focus.push(await focusPath(page));
  return { steps, focus };
}

/** The screen x of the first and the last character of the element's text, left to right as seen. */
async function characterEdges(page: Page, selector: string): Promise<{ first: number; last: number; text: string }> {
  return page.locator(selector).first().evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text;
    const at = (index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect().x;
    };
    return { first: at(0), last: at(node.data.length - 1), text: node.data };
  });
}

test('right to left: dir from the catalogue, a mirrored layout, the same steps and focus order, and numbers and Latin answers in their order', async ({ page, browser, baseURL }) => {
  // The same walk in Dutch first: what right to left must not change.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const dutch = await walkFirstSteps(page);
  // The path passes the questions' own boxes and options, not only the page around them.
  expect(dutch.focus.flat().filter((stop) => stop.startsWith('input#q-')).length).toBeGreaterThan(3);

  // A tablet of its own: the Dutch application stays on the first one.
  const rtlContext = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const rtl = await rtlContext.newPage();
  if (!realArabic) await serveEnglishAsPseudoRtl(rtl);
  await rtl.goto('/');
  await chooseRightToLeft(rtl);
  const rightToLeft = await walkFirstSteps(rtl);
  expect(rightToLeft.steps).toEqual(dutch.steps);
  expect(rightToLeft.focus).toEqual(dutch.focus);

  // Logical layout: a label and its box start at the right edge of the form, the text in them is right-aligned.
  const label = await rtl.locator('label[for="q-bsn"]').boundingBox();
  const box = await rtl.locator('#q-bsn').boundingBox();
  const form = await rtl.locator('main form').boundingBox();
  const right = (rect: { x: number; width: number } | null) => (rect?.x ?? 0) + (rect?.width ?? 0);
  expect(Math.abs(right(box) - right(form))).toBeLessThan(2);
  expect(Math.abs(right(label) - right(form))).toBeLessThan(40);
  expect(await rtl.locator('.hv-hint').first().evaluate((element) => getComputedStyle(element).textAlign)).toMatch(/^(start|right)$/);
  expect(await rtl.locator('.hv-hint').first().evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

  // Typed in Latin script and digits, answers keep their order in the box: the box runs left to right by itself.
  await rtl.locator('#q-bsn').fill('111222333');
  // A Latin name with a number after it: on a right-to-left line without its own direction the
  // number would be seen first ("2 van den Berg").
  await rtl.locator('#q-familyName').fill('van den Berg 2');
  for (const id of ['q-bsn', 'q-familyName']) {
    expect(await rtl.locator(`#${id}`).evaluate((element) => getComputedStyle(element).direction), id).toBe('ltr');
  }
  await expect(rtl.locator('.hv-save-status')).not.toBeEmpty();

  // And on the check page, where they are read back on a right-to-left page.
  await rtl.goto(`/aanvraag/${GPK}/controleren`);
  await expect(rtl.locator('html')).toHaveAttribute('dir', 'rtl');
  for (const answer of ['111222333', 'van den Berg 2']) {
    const selector = `.hv-answers__answer:text-is("${answer}")`;
    await expect(rtl.locator(selector)).toHaveCount(1);
    const edges = await characterEdges(rtl, selector);
    expect(edges.text).toBe(answer);
    // The first character is seen left of the last: read in its own order, not mirrored.
    expect(edges.first, answer).toBeLessThan(edges.last);
  }
  // The question beside it stays at the start of the line, which is now on the right.
  const question = await rtl.locator('.hv-answers__question').first().boundingBox();
  const main = await rtl.locator('main').boundingBox();
  expect(Math.abs(right(question) - right(main))).toBeLessThan(40);
  await rtlContext.close();
});
