import { expect, type Page } from '@playwright/test';

/** From the start screen to the parking card's personal-details step, as a driver's first card. */
export async function openParkingCardPersonalDetails(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).click();
  await page.getByLabel('Bestuurderskaart', { exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Nee, dit is mijn eerste kaart').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page).toHaveTitle(/^Stap 3 van \d+: Uw gegevens/);
}
