import { expect } from '@playwright/test';
import { todayIso } from '../../src/wizard';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { expectExampleFilesStored } from './expectExampleFilesStored';
import { completeWithKeyboard, consentWithKeyboard, tabTo } from './keyboard';
import { onOwnService } from './ownService';
import { expectNoViolations } from './pageChecks';
import { browserPermitExamples } from './permitExamples';

/*
 * Each example goes to a service of its own, so the test reads what it stored from its store: the attachments must arrive byte for byte. The pages run without a service worker: in
 * pages one controls, Chromium at times opens the file chooser without Playwright hearing of it
 * (https://github.com/microsoft/playwright/issues/28023), and every file would wait for that.
 * Working offline and the service worker's own sending have tests of their own.
 */
const test = onOwnService();
test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
  // Staff link the tablet once by opening the link the start command prints.
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
});

/**
 * Every example of every permit, from the start screen to the receipt with the keyboard alone,
 * against the real intake service: it must accept what the wizard sends, with every file the
 * example attaches unchanged.
 */
const examples = await browserPermitExamples();
/**
 * The one example that is sent on PostgreSQL too (project `postgres`): the store is the same for
 * every permit, and this one attaches four files, two of them to one question.
 */
const ON_POSTGRES = examples.find(({ permit, name }) => permit.id === 'bewonersparkeervergunning' && name === 'secondPermitForeignLeaseDocumentsNow');
if (!ON_POSTGRES) throw new Error('The example sent on PostgreSQL is gone: choose another one with attachments');

for (const example of examples) {
  test(`${example.permit.id} (${example.name}) is completed with the keyboard alone and arrives at the intake service`, { tag: example === ON_POSTGRES ? '@postgres' : [] }, async ({ page, request, stored }) => {
    // A long form typed key by key (the event permit has some 40 boxes) on a machine that runs more.
    test.setTimeout(180_000);
    const answers = example.answers(todayIso());
    await page.goto('/');
    await tabTo(page, page.getByRole('link', { name: example.title, exact: true }));
    await page.keyboard.press('Enter');
    await consentWithKeyboard(page);
    await completeWithKeyboard(page, example.permit, answers);

    await expectNoViolations(page, 'check answers');
    await tabTo(page, page.getByRole('button', { name: 'Aanvraag versturen' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeFocused();
    const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
    expect(reference).toMatch(/^HV-\d{4}-\d{6}$/);

    const status = await request.get(`/api/v1/applications/${reference}`, { headers: { Authorization: `Bearer ${TEST_DEVICE_TOKEN}` } });
    expect(status.status()).toBe(200);
    expect(await status.json()).toMatchObject({ reference, formId: example.permit.id, formVersion: example.permit.version });
    await expectExampleFilesStored(stored, reference, example.permit, answers);
    await expectNoViolations(page, 'confirmation');

    // Back after sending shows the receipt again and never sends a second time.
    await page.goBack();
    await expect(page).toHaveURL(/\/verstuurd$/);
    await expect(page.locator('.hv-reference__number')).toHaveText(reference);
  });
}
