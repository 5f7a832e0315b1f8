import { expect, test } from '@playwright/test';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { findDefinition } from '../../src/definitions';
import { todayIso, type PermitExamples } from '../../src/wizard';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { completeWithKeyboard, consentWithKeyboard, tabTo } from './keyboard';
import { expectNoViolations } from './pageChecks';
import { openParkingCardPersonalDetails, startApplication } from './parkingCardStart';

const permit = findDefinition('gehandicaptenparkeerkaart');
if (!permit) throw new Error('The parking card definition is missing');

test.beforeEach(async ({ page }) => {
  // Staff link the tablet once by opening the link the start command prints.
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
  await expect(page).toHaveURL(/\/koppelen$/);
});

const parkingCardExamples: PermitExamples = examples;

for (const [name, example] of Object.entries(parkingCardExamples)) {
  const answers = example(todayIso());
  test(`a parking-card application (${name}) is completed with the keyboard alone and arrives at the intake service`, async ({ page, request }) => {
    await page.goto('/');
    await tabTo(page, page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }));
    await page.keyboard.press('Enter');
    await consentWithKeyboard(page);
    await completeWithKeyboard(page, permit, answers);

    await expectNoViolations(page, 'check answers');
    await tabTo(page, page.getByRole('button', { name: 'Aanvraag versturen' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeFocused();
    const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
    expect(reference).toMatch(/^HV-\d{4}-\d{6}$/);
    await expectNoViolations(page, 'confirmation');

    const stored = await request.get(`/api/v1/applications/${reference}`, { headers: { Authorization: `Bearer ${TEST_DEVICE_TOKEN}` } });
    expect(stored.status()).toBe(200);
    expect(await stored.json()).toMatchObject({ reference });

    // Back after sending shows the receipt again and never sends a second time.
    await page.goBack();
    await expect(page).toHaveURL(/\/verstuurd$/);
    await expect(page.locator('.hv-reference__number')).toHaveText(reference);
  });
}

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
