import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { findDefinition, onBehalfForm } from '../../src/definitions';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { todayIso, visiblePlan, type Answers } from '../../src/wizard';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { answerWithKeyboard, chooseRadio, completeWithKeyboard, consentWithKeyboard, tabTo, typeInto } from './keyboard';
import { expectLargeTargets, expectNoViolations } from './pageChecks';

const permit = findDefinition('gehandicaptenparkeerkaart');
if (!permit) throw new Error('The parking card definition is missing');

/** `UPDATE_SCREENSHOTS=1` writes the README's screenshots (tablet size) while the test walks. */
const SCREENSHOT_DIR = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : undefined;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, animations: 'disabled', caret: 'hide' });
}

test.use({ viewport: { width: 768, height: 1024 } });

test.beforeEach(async ({ page }) => {
  // Whoever runs the service links the tablet: only then can the first employee be added.
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
});

/** The first employee is added on the linked tablet and signs in, with the keyboard alone. */
async function addAndSignIn(page: Page): Promise<void> {
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Aanmelden als medewerker' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden als medewerker' })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Medewerker toevoegen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Medewerker toevoegen' })).toBeFocused();
  await expectNoViolations(page, 'add an employee');

  await typeInto(page, 'q-staffId', 'm.jansen');
  await typeInto(page, 'q-staffName', 'Mila Jansen');
  await typeInto(page, 'q-newPin', '40917');
  await typeInto(page, 'q-newPinAgain', '40917');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Medewerker toegevoegd' })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Aanmelden als medewerker' }).last());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden als medewerker' })).toBeFocused();

  // Password managers may fill both fields in: the right autocomplete tokens, nothing blocks paste.
  await expect(page.locator('#q-staffId')).toHaveAttribute('autocomplete', 'username');
  await expect(page.locator('#q-pin')).toHaveAttribute('autocomplete', 'current-password');
  await typeInto(page, 'q-staffId', 'm.jansen');
  await typeInto(page, 'q-pin', '11111');
  await page.keyboard.press('Enter');
  const summary = page.locator('.hv-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Het medewerkernummer of de pincode klopt niet.');
  await expect(page).toHaveTitle(/^Fout: Aanmelden als medewerker/);
  await expectNoViolations(page, 'sign-in with a wrong PIN');
  await screenshot(page, 'staff-sign-in-wrong-pin');

  await typeInto(page, 'q-pin', '40917');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Wat wilt u aanvragen?' })).toBeFocused();
  await expect(page.locator('.hv-header__staff')).toContainText('Medewerker: Mila Jansen');
}

test('a staff-assisted parking-card application from sign-in to receipt with the keyboard alone, with its record at the intake service', async ({ page, request }) => {
  const answers = examples.firstApplicationDriver();
  const today = todayIso();
  const steps = visiblePlan(permit, answers, today).map(({ step }) => step.id);
  /** Who typed which step: the citizen the card kind and the description of the limitation, the employee the rest. */
  const typedBy = (stepId: string) => (stepId === 'cardKind' || stepId === 'limitation' ? 'citizen' : 'staff');

  await addAndSignIn(page);
  await tabTo(page, page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Mila Jansen van het Hulploket helpt u.')).toBeVisible();
  await expectNoViolations(page, 'consent in staff mode');
  await screenshot(page, 'consent');
  await consentWithKeyboard(page, 'post');

  await completeWithKeyboard(page, permit, answers, async (stepId) => {
    if (stepId === 'cardKind') {
      // The staff note beside the question, labelled as one; only in staff mode.
      await expect(page.getByRole('note')).toContainText('Tip voor de medewerker: De passagierskaart is alleen voor wie nooit zelf rijdt');
      await expectNoViolations(page, 'a step in staff mode');
      await expectLargeTargets(page, 'a step in staff mode');
      await screenshot(page, 'staff-step');
    }
    await chooseRadio(page, 'typedBy', typedBy(stepId));
  }, { onBehalfOf: 'self', applicantIdentity: 'identityCard', identityDocumentsValid: 'yes', paymentMethod: 'invoice' });

  await expectNoViolations(page, 'check page in staff mode');
  await typeInto(page, 'interne-notitie', 'Brief van de huisarts gezien.');
  await screenshot(page, 'check-internal-note');
  await tabTo(page, page.getByRole('button', { name: 'Aanvraag versturen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeFocused();
  const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
  expect(reference).toMatch(/^HV-\d{4}-\d{6}$/);
  await expectNoViolations(page, 'receipt in staff mode');

  const stored = await request.get(`/api/v1/applications/${reference}`, { headers: { Authorization: `Bearer ${TEST_DEVICE_TOKEN}` } });
  expect(stored.status()).toBe(200);
  const status = (await stored.json()) as { assistance: Record<string, unknown>; consent: Record<string, unknown> };
  expect(status.assistance).toMatchObject({
    assisted: true,
    staffId: 'm.jansen',
    staffName: 'Mila Jansen',
    typedBy: Object.fromEntries(steps.map((id) => [id, typedBy(id)])),
  });
  // The internal note is kept for the back office and never given back to a device (the service tests read it from the store).
  expect(status.assistance).not.toHaveProperty('internalNote');
  // "Met een brief" on the consent screen; the form's own question was then answered "per e-mail".
  expect(status.consent).toMatchObject({ given: true, contactChannel: answers.contactChannel });
  expect(Date.parse(String(status.consent.at))).toBeLessThanOrEqual(Date.now());
});

test('signing out mid-application keeps the draft; staff notes and the "who typed" choice go with staff mode', async ({ page }) => {
  await addAndSignIn(page);
  await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).click();
  await consentWithKeyboard(page, 'email');
  await page.getByLabel('Bestuurderskaart', { exact: true }).check();
  await expect(page.getByRole('note')).toBeVisible();
  await expect(page.getByLabel('De medewerker, voor de inwoner')).toBeChecked();

  await page.getByRole('button', { name: 'Afmelden' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.hv-header__staff')).toHaveCount(0);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.locator('input[name="typedBy"]')).toHaveCount(0);
  await expect(page.getByLabel('Bestuurderskaart', { exact: true })).toBeChecked();

  await page.reload();
  await expect(page.getByLabel('Bestuurderskaart', { exact: true })).toBeChecked();
  await expect(page.locator('.hv-header__staff')).toHaveCount(0);
});

test('saying no to the consent explains the paper route and the desk, and keeps nothing on the tablet', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).click();
  await page.getByLabel('Per e-mail', { exact: true }).check();
  await tabTo(page, page.getByRole('button', { name: 'Nee, liever niet' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'U doet de aanvraag liever niet hier' })).toBeFocused();
  await expect(page.getByText('U kunt de aanvraag ook op papier doen.')).toBeVisible();
  await expectNoViolations(page, 'consent declined');

  // A question's address now leads back to the consent screen, and the tablet holds no draft.
  await page.goto('/aanvraag/gehandicaptenparkeerkaart/stap/cardKind');
  await expect(page).toHaveURL(/\/toestemming$/);
  const drafts = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('hulploket');
        open.onsuccess = () => {
          const count = open.result.transaction('drafts').objectStore('drafts').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(drafts).toBe(0);
});

/** An employee applies with a son for his father, on the father's written authorisation. */
const forTheFather: Answers = {
  onBehalfOf: 'someoneElse',
  representationBasis: 'writtenAuthorisation',
  representativeName: 'Pieter van den Berg',
  representativePhone: '0612345678',
  writtenAuthorisation: [{ name: 'machtiging.pdf', type: 'application/pdf', size: 700 }],
};

test('an assisted application for someone else with a written authorisation, identity checked and paid by PIN, with the keyboard alone, arrives with every recorded fact', async ({ page, request }) => {
  // Sign-in, the whole form, both desk steps and the receipt, with axe five times: more than one default test's time on 2 cores.
  test.setTimeout(120_000);
  await addAndSignIn(page);
  await tabTo(page, page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }));
  await page.keyboard.press('Enter');
  await consentWithKeyboard(page, 'post', { onBehalf: false });
  await expectNoViolations(page, 'on whose behalf');
  for (const question of onBehalfForm.steps[0].questions) {
    if (question.id !== 'representativeEmail') await answerWithKeyboard(page, question, forTheFather[question.id]);
  }
  await expectNoViolations(page, 'on whose behalf, filled in');
  await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
  await page.keyboard.press('Enter');

  const answers = examples.firstApplicationDriver();
  await completeWithKeyboard(page, permit, answers, async () => {
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Legitimatie aan de balie');
  }, { onBehalfOf: 'someoneElse', applicantIdentity: 'passport', representativeIdentity: 'drivingLicence', identityDocumentsValid: 'yes', paymentMethod: 'pin', pinReceiptNumber: '004512' });

  await expectNoViolations(page, 'check page with the desk record');
  for (const fact of ['Voor iemand anders', 'De aanvrager heeft mij schriftelijk gemachtigd', 'Pieter van den Berg', 'machtiging.pdf', 'Paspoort', 'Rijbewijs', 'Met de pin, nu aan de balie', '004512']) {
    await expect(page.getByText(fact, { exact: true })).toBeVisible();
  }

  await tabTo(page, page.getByRole('button', { name: 'Aanvraag versturen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeFocused();
  // The first card with its medical assessment: € 48,95 and € 110,00.
  await expect(page.getByText('Betaald aan de balie: € 158,95 (pin)')).toBeVisible();
  await expectNoViolations(page, 'receipt with the payment');
  const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';

  // The service took the authorisation's file part (it refuses an announced file that does not
  // come) and keeps every fact the employee recorded, with who and when.
  const stored = await request.get(`/api/v1/applications/${reference}`, { headers: { Authorization: `Bearer ${TEST_DEVICE_TOKEN}` } });
  expect(stored.status()).toBe(200);
  const status = (await stored.json()) as { onBehalf: Record<string, unknown>; desk: { identityCheck: Record<string, unknown>; payment: Record<string, unknown> } };
  expect(status.onBehalf).toEqual({
    onBehalfOf: 'someoneElse',
    representationBasis: 'writtenAuthorisation',
    representativeName: 'Pieter van den Berg',
    representativePhone: '+31612345678',
    writtenAuthorisation: [{ name: 'machtiging.pdf', type: 'application/pdf', size: expect.any(Number) }],
  });
  const mila = { staffId: 'm.jansen', staffName: 'Mila Jansen' };
  expect(status.desk.identityCheck).toEqual({ applicantIdentity: 'passport', representativeIdentity: 'drivingLicence', identityDocumentsValid: true, recordedBy: mila, recordedAt: expect.any(String) });
  expect(status.desk.payment).toEqual({ paymentMethod: 'pin', pinReceiptNumber: '004512', amountCents: 15895, recordedBy: mila, recordedAt: expect.any(String) });
  for (const recorded of [status.desk.identityCheck.recordedAt, status.desk.payment.recordedAt]) expect(Date.now() - Date.parse(String(recorded))).toBeLessThan(5 * 60_000);
});

test('a citizen alone never sees the desk steps: their address leads to the check page, which shows nothing of them', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).click();
  await consentWithKeyboard(page, 'post');
  await completeWithKeyboard(page, permit, examples.firstApplicationDriver());
  await expect(page.getByText('Legitimatie aan de balie')).toHaveCount(0);
  await expect(page.getByText('Betaling aan de balie')).toHaveCount(0);
  await page.goto(page.url().replace(/controleren$/, 'stap/identityCheck'));
  await expect(page).toHaveURL(/\/controleren$/);
  await expect(page.getByText('Hoe worden de kosten betaald?')).toHaveCount(0);
});
