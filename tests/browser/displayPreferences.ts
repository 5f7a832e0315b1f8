import { expect, type Page } from '@playwright/test';

/** Opens "Weergave en taal" in the header (closed on every new page). */
export async function openDisplaySettings(page: Page): Promise<void> {
  const settings = page.locator('.hv-display');
  if ((await settings.getAttribute('open')) === null) await settings.locator('summary').click();
  await expect(settings).toHaveAttribute('open', '');
}

/** Chooses a text size, the contrast or a language there, as a person does. */
export async function choosePreference(page: Page, kind: 'textSize' | 'language', label: string): Promise<void> {
  await openDisplaySettings(page);
  const group = page.locator('.hv-display fieldset').nth(kind === 'textSize' ? 0 : 1);
  await group.getByRole('radio', { name: label, exact: true }).check();
}

export async function chooseHighContrast(page: Page): Promise<void> {
  await openDisplaySettings(page);
  await page.locator('#hv-high-contrast').check();
}
