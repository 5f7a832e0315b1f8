import { expect, type Browser, type Page } from '@playwright/test';
import { fillParkingCard, referenceShown } from './outboxSteps';
import { onOwnService } from './ownService';
import { TEST_DEVICE_TOKEN } from './deviceToken';

/** A tablet of the desk: a browser of its own (its own IndexedDB), linked to the intake service. */
async function tablet(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
  return page;
}

/** Opened with the code, it resumes at the step where it was saved; all answered, "Volgende" leads to the check page. */
async function toCheckPage(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/stap\//, { timeout: 15_000 });
  for (let step = 0; step < 20 && !/\/controleren$/.test(page.url()); step += 1) {
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForURL(/\/(stap\/[^/]+|controleren)$/);
  }
  await expect(page).toHaveURL(/\/controleren$/);
}

async function openWithCode(page: Page, code: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Ik heb een code van een bewaarde aanvraag' }).click();
  await page.getByLabel('Wat is uw code?').fill(code);
  await page.getByRole('button', { name: 'Verder' }).click();
}

/**
 * One draft becomes at most one application, whichever tablet sends it: a draft saved with a code
 * on tablet A and opened on tablet B is sent from A; the code then opens nothing but "already sent"
 * with the reference, on A and on B, and B's copy is refused with that same reference.
 */
onOwnService()('a draft saved with a code and opened on two tablets becomes one application; the code and the other copy then say it was already sent', async ({ browser, serviceUrl, stored }) => {
  const a = await tablet(browser, serviceUrl);
  await fillParkingCard(a);
  await a.getByRole('link', { name: 'Opslaan en later verder' }).click();
  await a.getByRole('button', { name: 'Code maken en opslaan' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Uw aanvraag is opgeslagen' })).toBeFocused({ timeout: 15_000 });
  await expect(a.getByText('U kunt met deze code verder op elke tablet van het Hulploket.')).toBeVisible();
  const code = (await a.locator('.hv-resume-code').textContent()) ?? '';

  // Tablet B opens the code and has the whole application on its check page.
  const b = await tablet(browser, serviceUrl);
  await openWithCode(b, code);
  await toCheckPage(b);

  // Tablet A opens it again and sends it.
  await openWithCode(a, code);
  await toCheckPage(a);
  await a.getByRole('button', { name: 'Aanvraag versturen' }).click();
  const reference = await referenceShown(a);
  const alreadySent = `Deze aanvraag is al verstuurd. Het referentienummer is ${reference}.`;

  // The code opens nothing any more: it says the application was sent, with its reference.
  await openWithCode(a, code);
  await expect(a.getByRole('alert')).toContainText(alreadySent);
  await expect(a).toHaveURL(/\/verder$/);

  // Tablet B still has its copy on screen and sends it: told it was already sent, with the reference, and it stops.
  await b.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Deze aanvraag is al verstuurd' })).toBeVisible({ timeout: 15_000 });
  await expect(b.getByRole('status').filter({ hasText: `Het referentienummer is ${reference}.` })).toBeVisible();
  await expect(b.getByRole('button', { name: 'Nu versturen' })).toHaveCount(0);

  // And on B, which keeps its own sealed copy, the code says so too instead of opening that copy.
  await openWithCode(b, code);
  await expect(b.getByRole('alert')).toContainText(alreadySent);

  expect((await stored.counts()).applications).toBe(1);
});
