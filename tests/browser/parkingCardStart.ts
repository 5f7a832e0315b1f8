import { expect, type Page } from '@playwright/test';

/**
 * The consent screen before the first question: the citizen chooses how to hear from us
 * and says yes, and applies for themselves. Every walk through a permit passes here; this is its one place in the browser tests.
 */
export async function giveConsent(page: Page, channel = 'Met een brief'): Promise<void> {
  await expect(page).toHaveTitle(/^(Fout: )?Voordat u begint – /);
  await page.getByLabel(channel, { exact: true }).check();
  await page.getByRole('button', { name: 'Ja, ik ga akkoord' }).click();
  await applyForThemselves(page);
}

/**
 * "Voor wie is deze aanvraag?", the page after consent: the person applies for themselves. Chosen
 * by value, not by label, so it serves tests in any language.
 */
export async function applyForThemselves(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/stap\/onBehalf$/);
  await page.locator('input[name="onBehalfOf"][value="self"]').check();
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/stap\/[^/]+$/);
  await expect(page).not.toHaveURL(/\/stap\/onBehalf$/);
}

/** From the start screen's link of a permit through the consent screen to its first question. */
export async function startApplication(page: Page, permitTitle = 'Gehandicaptenparkeerkaart'): Promise<void> {
  await page.getByRole('link', { name: permitTitle }).click();
  await giveConsent(page);
}

/**
 * From the start screen to the parking card's personal-details step, as a driver's first card. An
 * application already in progress on the tablet kept its consent: then the link leads straight to
 * its step (or to "for whom", when that was not yet answered) (how soon that consent is on disk depends on the autosave, so both are expected here).
 */
export async function openParkingCardPersonalDetails(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).click();
  await expect(page).toHaveTitle(/^(Fout: )?Voordat u begint – |^Voor wie is deze aanvraag\? – |^Stap \d+ van \d+: /);
  if ((await page.title()).includes('Voordat u begint')) await giveConsent(page);
  else if ((await page.title()).startsWith('Voor wie')) await applyForThemselves(page);
  await page.getByLabel('Bestuurderskaart', { exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Nee, dit is mijn eerste kaart').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page).toHaveTitle(/^Stap 3 van \d+: Uw gegevens/);
}
