import { expect, test, type Page } from '@playwright/test';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { findDefinition } from '../../src/definitions';
import { todayIso, type PermitExamples } from '../../src/wizard';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { completeWithKeyboard } from './keyboard';
import { openParkingCardPersonalDetails, startApplication } from './parkingCardStart';

const permit = findDefinition('gehandicaptenparkeerkaart');
if (!permit) throw new Error('The parking card definition is missing');
const answers = (examples as PermitExamples).firstApplicationDriver?.(todayIso()) ?? {};

async function linkDevice(page: Page): Promise<void> {
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
}

/** Everything in the app's IndexedDB database, as text, read from inside the page. */
async function indexedDbText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('hulploket');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          if (names.length === 0) return resolve('');
          const transaction = db.transaction(names, 'readonly');
          const dump: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => (dump[name] = all.result);
          }
          transaction.oncomplete = () => resolve(JSON.stringify(dump));
        };
      }),
  );
}

async function startParkingCard(page: Page): Promise<void> {
  await openParkingCardPersonalDetails(page);
  await page.locator('#q-bsn').fill('111222333');
  await page.locator('#q-givenNames').fill('Johanna Maria');
  await page.locator('#q-familyName').fill('Zeldzaamnaam');
}

test('answers typed, the page closed, a new page opened: every answer is back at its step', async ({ context }) => {
  const page = await context.newPage();
  await startParkingCard(page);
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om \d{2}:\d{2}$/ })).toBeVisible();
  // The promise is "saved within half a second": give it that, then close without ceremony.
  await page.waitForTimeout(600);
  await page.close();

  const again = await context.newPage();
  await again.goto('/aanvraag/gehandicaptenparkeerkaart/stap/personalDetails');
  await expect(again.locator('#q-familyName')).toHaveValue('Zeldzaamnaam');
  await expect(again.locator('#q-bsn')).toHaveValue('111222333');
  await again.goto('/aanvraag/gehandicaptenparkeerkaart/stap/cardKind');
  await expect(again.getByLabel('Bestuurderskaart', { exact: true })).toBeChecked();
});

test('a tab closed right after the last keystroke keeps that keystroke too', async ({ context }) => {
  const page = await context.newPage();
  await startParkingCard(page);
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om \d{2}:\d{2}$/ })).toBeVisible();
  // Well within the autosave's half second: only the write on pagehide can keep these letters.
  await page.locator('#q-familyName').press('End');
  await page.keyboard.type('-Bos');
  await page.close();

  const again = await context.newPage();
  await again.goto('/aanvraag/gehandicaptenparkeerkaart/stap/personalDetails');
  await expect(again.locator('#q-familyName')).toHaveValue('Zeldzaamnaam-Bos');
});

test('after sending, the device keeps the receipt and not a single answer', async ({ page }) => {
  await linkDevice(page);
  await page.goto('/');
  await startApplication(page);
  await completeWithKeyboard(page, permit, answers);
  expect(await indexedDbText(page)).toContain(String(answers.familyName));
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
  expect(reference).toMatch(/^HV-/);

  await expect.poll(() => indexedDbText(page)).toContain(reference);
  const stored = await indexedDbText(page);
  for (const value of [answers.familyName, answers.givenNames, answers.bsn, answers.limitationDescription, answers.doctorName]) {
    expect(stored).not.toContain(String(value));
  }
});

test('saved with a code, storage cleared, opened on a fresh browser with the code through the intake service', async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await linkDevice(page);
  await startParkingCard(page);
  await page.getByRole('link', { name: 'Opslaan en later verder' }).click();
  await page.getByRole('button', { name: 'Code maken en opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is opgeslagen' })).toBeFocused({ timeout: 15_000 });
  await expect(page.getByText('U kunt met deze code verder op elke tablet van het Hulploket.')).toBeVisible();
  const code = (await page.locator('.hv-resume-code').textContent()) ?? '';
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  // Encrypted at rest: the readable answers are gone from this tablet.
  expect(await indexedDbText(page)).not.toContain('Zeldzaamnaam');
  // What "clear browsing data" does for this site: every store of the origin is emptied.
  const cdp = await first.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' });
  expect(await indexedDbText(page)).toBe('');
  await first.close();

  const second = await browser.newContext();
  const other = await second.newPage();
  await linkDevice(other);
  await other.goto('/');
  await other.getByRole('link', { name: 'Ik heb een code van een bewaarde aanvraag' }).click();
  await other.getByLabel('Wat is uw code?').fill(code.toLowerCase());
  await other.getByRole('button', { name: 'Verder' }).click();
  await expect(other).toHaveURL(/\/stap\/personalDetails$/, { timeout: 15_000 });
  await expect(other.locator('#q-familyName')).toHaveValue('Zeldzaamnaam');
  await second.close();
});
