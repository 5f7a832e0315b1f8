import { expect, test, type Locator, type Page } from '@playwright/test';
import { openParkingCardPersonalDetails, startApplication } from './parkingCardStart';

interface AxNode {
  readonly ignored: boolean;
  readonly description?: { readonly value: string };
  readonly properties?: ReadonlyArray<{ readonly name: string; readonly value: { readonly value: unknown } }>;
}

/** What Chromium tells a screen reader about one element: its accessibility node. */
async function accessibilityNode(page: Page, element: Locator): Promise<AxNode | undefined> {
  const session = await page.context().newCDPSession(page);
  await element.evaluate((node) => node.setAttribute('data-ax-probe', ''));
  const { root } = (await session.send('DOM.getDocument', { depth: -1 })) as { root: { nodeId: number } };
  const { nodeId } = (await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-ax-probe]' })) as { nodeId: number };
  const { nodes } = (await session.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as { nodes: AxNode[] };
  await element.evaluate((node) => node.removeAttribute('data-ax-probe'));
  await session.detach();
  return nodes.find((node) => !node.ignored);
}

async function accessibilityProperties(page: Page, element: Locator): Promise<Record<string, unknown>> {
  return Object.fromEntries(((await accessibilityNode(page, element))?.properties ?? []).map((property) => [property.name, property.value.value]));
}

/** The description Chromium computes for an element (what a screen reader reads after its name). */
async function accessibleDescription(page: Page, element: Locator): Promise<string> {
  return (await accessibilityNode(page, element))?.description?.value ?? '';
}

test('a required file question is not announced "invalid" until the person tried to go on', async ({ page }) => {
  await openParkingCardPersonalDetails(page);
  await page.goto('/aanvraag/gehandicaptenparkeerkaart/stap/passportPhoto');
  const chooser = page.locator('#q-passportPhoto');
  await expect(chooser).toBeAttached();
  expect(await accessibilityProperties(page, chooser)).toMatchObject({ invalid: 'false' });
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('.hv-error-summary')).toBeFocused();
  expect(await accessibilityProperties(page, chooser)).toMatchObject({ invalid: 'true' });
});

test('focus lands on the step heading, which is described by "Stap n van N"; a changed count is said once, politely', async ({ page }) => {
  await page.goto('/');
  await startApplication(page, 'Gehandicaptenparkeerplaats');
  const heading = page.locator('h1');
  await page.getByLabel('Bij mijn huis').check();
  await expect(page.getByRole('status').filter({ hasText: 'Er zijn nu 11 stappen.' })).toBeAttached();
  await expect(page.locator('.hv-step-counter')).toHaveText('Stap 1 van 11');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page).toHaveTitle(/^Stap 2 van 11: /);
  await expect(heading).toBeFocused();
  expect(await accessibleDescription(page, heading)).toBe('Stap 2 van 11');
  // The new step starts quiet: the change was said on the step where it happened.
  expect(await page.getByRole('status').filter({ hasText: 'stappen' }).count()).toBe(0);
});

test('an error goes as soon as its answer is right, is updated when the box is left, and no new error comes while typing', async ({ page }) => {
  await openParkingCardPersonalDetails(page);
  await page.getByRole('button', { name: 'Volgende' }).click();
  const summary = page.locator('.hv-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Vul uw burgerservicenummer (BSN) in.', 'Vul uw voornamen in.', 'Vul uw achternaam in.', 'Vul uw geboortedatum in.']);

  // A right answer: its error goes while the person is still in the box.
  await page.locator('#q-givenNames').pressSequentially('Johanna');
  await expect(page.locator('#q-givenNames')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#q-givenNames-error')).toHaveCount(0);
  await expect(summary.getByRole('link')).toHaveText(['Vul uw burgerservicenummer (BSN) in.', 'Vul uw achternaam in.', 'Vul uw geboortedatum in.']);
  await expect(page).toHaveTitle(/^Fout: /);

  // Half an answer: the message stays as it was while typing, and says what is wrong once the box is left.
  await page.locator('#q-bsn').pressSequentially('123');
  await expect(page.locator('#q-bsn-error')).toContainText('Vul uw burgerservicenummer (BSN) in.');
  await page.keyboard.press('Tab');
  await expect(page.locator('#q-bsn-error')).not.toContainText('Vul uw burgerservicenummer (BSN) in.');
  await expect(page.locator('#q-bsn')).toHaveAttribute('aria-invalid', 'true');

  // A box that had no error gets none before "Volgende", even when left wrong.
  await page.locator('#q-givenNames').fill('');
  await page.locator('#q-givenNames').blur();
  await expect(page.locator('#q-givenNames')).not.toHaveAttribute('aria-invalid', 'true');

  // All right: the summary and the "Fout:" in the title go; nothing typed was lost.
  await page.locator('#q-givenNames').fill('Johanna');
  await page.locator('#q-bsn').fill('111222333');
  await page.locator('#q-familyName').fill('Verhoeven');
  await page.locator('#q-dateOfBirth').fill('12-03-1950');
  await page.locator('#q-dateOfBirth').blur();
  await expect(summary).toHaveCount(0);
  await expect(page).toHaveTitle(/^Stap 3 van \d+: /);
  await expect(page.locator('#q-bsn')).toHaveValue('111222333');
});
