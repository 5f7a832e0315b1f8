import { expect, test } from '@playwright/test';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { tabTo } from './keyboard';
import { openParkingCardPersonalDetails, startApplication } from './parkingCardStart';

test.beforeEach(async ({ page }) => {
  // Staff link the tablet once by opening the link the start command prints.
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
  await expect(page).toHaveURL(/\/koppelen$/);
});

test('a failed "Volgende" focuses the summary, its links focus the fields, nothing typed is lost', async ({ page }) => {
  await openParkingCardPersonalDetails(page);

  await page.locator('#q-bsn').fill('123456789');
  await page.locator('#q-givenNames').fill('Johanna');
  await page.locator('#q-givenNames').press('Enter');

  await expect(page).toHaveTitle(/^Fout: Stap 3 van \d+: Uw gegevens/);
  const summary = page.locator('.hv-error-summary');
  await expect(summary).toBeFocused();
  await tabTo(page, summary.getByRole('link', { name: 'Vul uw achternaam in.' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#q-familyName')).toBeFocused();
  await expect(page.locator('#q-bsn')).toHaveValue('123456789');
  await expect(page.locator('#q-givenNames')).toHaveValue('Johanna');
  await expect(page.locator('#q-bsn')).toHaveAttribute('aria-invalid', 'true');
});

test('the browser’s Back button returns to the previous step with its answer', async ({ page }) => {
  await page.goto('/');
  await startApplication(page);
  await page.getByLabel('Passagierskaart', { exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page).toHaveURL(/\/stap\/applicationKind$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/stap\/cardKind$/);
  await expect(page.getByLabel('Passagierskaart', { exact: true })).toBeChecked();
  await expect(page.locator('h1')).toBeFocused();
});
