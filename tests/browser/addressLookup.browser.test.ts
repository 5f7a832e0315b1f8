import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { consentWithKeyboard, tabTo } from './keyboard';
import { startOwnService, type OwnService } from './ownService';
import { expectLargeTargets, expectNoHorizontalScroll, expectNoViolations } from './pageChecks';

/*
 * The address lookup in Chromium against the real intake service, which asks its built-in
 * stand-in for the address service (no ADDRESS_LOOKUP_URL in playwright.config.ts). Keyboard only.
 */

const STEP = '/aanvraag/gehandicaptenparkeerkaart/stap/homeAddress';
const box = (page: Page, part: string) => page.locator(`#q-homeAddress-${part}`);
const status = (page: Page) => page.locator('.hv-address-lookup [role="status"]');

/** A linked tablet, a consenting citizen, on the parking card's address step. */
async function openAddressStep(page: Page): Promise<void> {
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
  await page.goto(STEP);
  await consentWithKeyboard(page);
  // The consent is on the tablet once the draft is saved; then the address step opens directly.
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om \d{2}:\d{2}$/ })).toBeVisible();
  await page.goto(STEP);
  await expect(page.locator('h1')).toHaveText('Wat is uw adres?');
}

test.beforeEach(({ page }) => openAddressStep(page));

async function typeInto(page: Page, part: string, text: string): Promise<void> {
  await tabTo(page, box(page, part));
  await page.keyboard.type(text);
}

/** "Volgende" with the keyboard; the address is accepted when the next step opens. */
async function goOn(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/stap\/contactDetails$/);
}

test('a postcode and house number fill in street and place, said in the status line, focus kept', async ({ page }) => {
  await typeInto(page, 'postcode', '3521 AZ');
  await typeInto(page, 'houseNumber', '10');
  await expect(box(page, 'street')).toHaveValue('Croeselaan');
  await expect(box(page, 'city')).toHaveValue('Utrecht');
  await expect(status(page)).toHaveText('Adres gevonden: Croeselaan 10, 3521 AZ Utrecht.');
  await expect(box(page, 'houseNumber')).toBeFocused();
  await expectNoViolations(page, 'address found');
  await goOn(page);
});

test('several addresses at a number are a choice made with Tab and the arrow keys', async ({ page }) => {
  await typeInto(page, 'postcode', '1011 AB');
  await typeInto(page, 'houseNumber', '105');
  const group = page.getByRole('group', { name: 'Welk adres is het?' });
  await expect(group).toBeVisible();
  await expect(status(page)).toHaveText('Op dit huisnummer zijn 3 adressen. Kies hieronder het goede adres.');
  await expect(box(page, 'street')).toHaveValue('Damrak');
  await expectNoViolations(page, 'several addresses');
  await expectLargeTargets(page, 'several addresses');
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page, 320);

  await tabTo(page, group.getByRole('radio').first());
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio', { name: 'Damrak 105 A, 1011 AB Amsterdam' })).toBeChecked();
  await expect(box(page, 'houseLetter')).toHaveValue('A');
  await expect(box(page, 'addition')).toHaveValue('');
  await goOn(page);
  await page.goBack();
  await expect(box(page, 'houseLetter')).toHaveValue('A');
});

test('a postcode that finds nothing says so plainly, and street and place are typed by hand', async ({ page }) => {
  await typeInto(page, 'postcode', '9999 ZZ');
  await typeInto(page, 'houseNumber', '1');
  await expect(status(page)).toHaveText(/^We vinden geen adres bij deze postcode en dit huisnummer\./);
  await typeInto(page, 'street', 'Nieuwe Weg');
  await typeInto(page, 'city', 'Ons Dorp');
  await goOn(page);
});

test('offline, the lookup is skipped at once and the address is typed by hand', async ({ page, context }) => {
  await context.setOffline(true);
  try {
    await typeInto(page, 'postcode', '3521 AZ');
    await typeInto(page, 'houseNumber', '10');
    await expect(status(page)).toHaveText('Het adres zoeken lukt nu niet. Vul de straat en plaats zelf in.');
    await expect(box(page, 'street')).toHaveValue('');
    await typeInto(page, 'street', 'Croeselaan');
    await typeInto(page, 'city', 'Utrecht');
    await goOn(page);
  } finally {
    await context.setOffline(false);
  }
});

/** The service of a test's own, configured with an address service where nothing listens. */
const addressServiceDown = test.extend<{ service: OwnService }>({
  service: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'hulploket-address-down-'));
    const service = await startOwnService({ dataDir: join(root, 'data'), env: { ADDRESS_LOOKUP_URL: 'http://127.0.0.1:9' } });
    await use(service);
    await service.stop();
    rmSync(root, { recursive: true, force: true });
  },
  baseURL: async ({ service }, use) => use(service.url),
});

addressServiceDown('an address service that is down leads to typing the address by hand', async ({ page }) => {
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/address-lookup');
  await typeInto(page, 'postcode', '3521 AZ');
  await typeInto(page, 'houseNumber', '10');
  // The intake service was asked and said the address service is unavailable.
  expect((await answered).status()).toBe(503);
  await expect(status(page)).toHaveText('Het adres zoeken lukt nu niet. Vul de straat en plaats zelf in.');
  await typeInto(page, 'street', 'Croeselaan');
  await typeInto(page, 'city', 'Utrecht');
  await goOn(page);
});
