import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { findDefinition } from '../../src/definitions';
import { todayIso, type PermitExamples } from '../../src/wizard';
import { pdfText } from '../fixtures/pdfText';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { completeWithKeyboard } from './keyboard';
import { expectNoViolations } from './pageChecks';
import { openParkingCardPersonalDetails, startApplication } from './parkingCardStart';

const permit = findDefinition('gehandicaptenparkeerkaart');
if (!permit) throw new Error('The parking card definition is missing');
const answers = (examples as PermitExamples).firstApplicationDriver?.(todayIso()) ?? {};

test('the receipt: a PDF made on the tablet with the reference, the decision date and what was sent; a print version in black and white', async ({ page }) => {
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
  await page.goto('/');
  await startApplication(page);
  await completeWithKeyboard(page, permit, answers);
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeVisible();
  const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
  expect(reference).toMatch(/^HV-\d{4}-\d{6}$/);
  const decisionDate = (await page.locator('.hv-answers__row', { hasText: 'U hoort uiterlijk op' }).locator('dd').textContent()) ?? '';
  expect(decisionDate).toMatch(/^\d{1,2} \w+ \d{4}$/);
  // The summary of what was sent is on the screen too.
  await expect(page.getByText(String(answers.familyName))).toBeVisible();
  await expectNoViolations(page, 'receipt with summary');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bewijs van ontvangst downloaden (pdf)' }).click()]);
  expect(download.suggestedFilename()).toBe(`ontvangstbewijs-${reference}.pdf`);
  await expect(page.getByRole('status').filter({ hasText: 'is gemaakt' })).toBeVisible();
  const pdf = (await readFile(await download.path())).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  const text = pdfText(pdf);
  expect(text).toContain(reference);
  expect(text).toContain(decisionDate);
  expect(text).toContain('Bewijs van ontvangst');
  expect(text).toContain(String(answers.familyName));
  expect(text).toContain(permit.decisionTerm.silenceIsConsent ? 'Dan mag u ervan uitgaan dat het goed is.' : 'Neem dan contact met ons op.');
  expect(text).toContain('binnen 6 weken bezwaar');
  expect(text).toContain('14 020');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Bewijs van ontvangst afdrukken' })).toBeHidden();
  await expect(page.locator('.hv-reference__number')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.hv-header') as Element).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.hv-answers__answer') as Element).color)).toBe('rgb(0, 0, 0)');

  await page.emulateMedia({ media: 'screen' });
  // Staff find the receipt again under "Aanvragen op deze tablet": the same PDF, without the answers.
  await page.goto('/concepten');
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Bewijs van ontvangst (pdf) ${reference}` }).click()]);
  const stored = pdfText((await readFile(await again.path())).toString('latin1'));
  expect(stored).toContain(reference);
  expect(stored).toContain(decisionDate);
  expect(stored).toContain('Uw antwoorden staan niet meer op deze tablet');
  expect(stored).not.toContain(String(answers.familyName));
});

test('after a quiet while a warning, then a privacy screen over the answers; one action continues and nothing is lost', async ({ page }) => {
  await page.clock.install();
  await openParkingCardPersonalDetails(page);
  await page.locator('#q-familyName').fill('Verhoeven');
  await page.locator('#q-familyName').focus();

  // A minute and a half without a touch: the warning, said politely; it takes neither focus nor the page.
  await page.clock.fastForward('01:30');
  const warning = page.getByRole('region', { name: 'Bent u er nog?' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Ik ben er nog' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Over 90 seconden schermen wij uw antwoorden af.' })).toBeAttached();
  await expect(page.locator('#q-familyName')).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expectNoViolations(page, 'privacy warning');

  // Not answered in time: the answers are covered, hidden from screen readers too.
  await page.clock.fastForward('01:30');
  const cover = page.getByRole('heading', { level: 1, name: 'Uw antwoorden zijn afgeschermd' });
  await expect(cover).toBeFocused();
  await expect(page.locator('#q-familyName')).toBeHidden();
  expect(await page.getByText('Verhoeven').count()).toBe(0);
  await expectNoViolations(page, 'privacy screen');
  // A stray key does not uncover; the button does.
  await page.keyboard.press('Shift');
  await expect(cover).toBeVisible();
  await page.getByRole('button', { name: 'Verder gaan' }).click();
  await expect(page.locator('#q-familyName')).toHaveValue('Verhoeven');
  await expect(page.locator('#q-familyName')).toBeFocused();

  // It was written to the tablet before it was covered.
  await page.reload();
  await expect(page.locator('#q-familyName')).toHaveValue('Verhoeven');
});

test('the warning ends with one action and the clock starts over', async ({ page }) => {
  await page.clock.install();
  await openParkingCardPersonalDetails(page);
  await page.clock.fastForward('01:30');
  await page.getByRole('button', { name: 'Ik ben er nog' }).click();
  await expect(page.getByRole('region', { name: 'Bent u er nog?' })).toBeHidden();
  await page.clock.fastForward('02:30');
  await expect(page.getByRole('heading', { level: 1, name: 'Uw antwoorden zijn afgeschermd' })).toBeHidden();
  await expect(page.locator('#q-familyName')).toBeVisible();
});

test('reading without touching counts as being there: focus moving, scrolling and selecting start the clock over', async ({ page }) => {
  await page.clock.install();
  await openParkingCardPersonalDetails(page);
  const warning = page.getByRole('region', { name: 'Bent u er nog?' });
  // What a screen reader in browse mode may cause, without a key reaching the page. Scroll and
  // selection events come a moment later (a busy machine may still be painting), so each sign
  // waits until its event has reached the page, whose own listeners were there first.
  const signs: ReadonlyArray<() => Promise<unknown>> = [
    () => page.locator('#q-givenNames').focus(),
    () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            document.addEventListener('scroll', resolve, { once: true });
            window.scrollBy(0, 40);
          }),
      ),
    () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            document.addEventListener('selectionchange', resolve, { once: true });
            getSelection()?.selectAllChildren(document.querySelector('h1') as Node);
          }),
      ),
  ];
  await page.setViewportSize({ width: 320, height: 400 });
  for (const sign of signs) {
    await page.clock.fastForward('01:20');
    await sign();
    await page.clock.fastForward('01:20');
    await expect(warning).toBeHidden();
  }
  await page.clock.fastForward('00:20');
  await expect(warning).toBeVisible();
});
