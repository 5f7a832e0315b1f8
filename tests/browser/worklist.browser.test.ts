import { expect, test } from '@playwright/test';
import { tabTo } from './keyboard';
import { expectLargeTargets, expectNoViolations } from './pageChecks';
import { startWorklistService, WORKLIST_PASSWORD, WORKLIST_USER, type WorklistService } from './support/worklistService';

let service: WorklistService;
test.beforeAll(async () => {
  service = await startWorklistService();
});
test.afterAll(async () => {
  await service?.stop();
});

test.use({ viewport: { width: 1024, height: 900 } });

test('a functional administrator signs in, sees what needs action, tries one again and sees its state change, with the keyboard alone', async ({ page }) => {
  await page.goto(`${service.url}/beheer`);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden voor Ontvangen aanvragen' })).toBeVisible();
  await expectNoViolations(page, 'back-office sign-in');

  // A wrong password: the error summary takes focus and links to the box.
  await tabTo(page, page.getByLabel('Gebruikersnaam'));
  await page.keyboard.type(WORKLIST_USER);
  await page.keyboard.press('Tab');
  await page.keyboard.type('verkeerd wachtwoord');
  await page.keyboard.press('Enter');
  await expect(page.locator('.hv-error-summary')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('De gebruikersnaam of het wachtwoord klopt niet.');
  await expectNoViolations(page, 'back-office sign-in with an error');

  await tabTo(page, page.getByLabel('Wachtwoord'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(WORKLIST_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ontvangen aanvragen' })).toBeFocused();
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'hv_backoffice');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

  await expect(page.getByRole('radio', { name: 'Actie nodig (2)' })).toBeChecked();
  const item = page.getByRole('article', { name: 'HV-2026-000001' });
  await expect(item).toContainText('Het zaaksysteem kent dit zaaktype niet.');
  // The technical detail is folded away until asked for.
  await expect(item.getByText('invalidParams')).toBeHidden();
  await tabTo(page, item.getByText('Technische details'));
  await page.keyboard.press('Enter');
  await expect(item.getByText(/invalidParams/)).toBeVisible();
  await expectNoViolations(page, 'the worklist');
  await expectLargeTargets(page, 'the worklist');

  await tabTo(page, item.getByRole('button', { name: 'Opnieuw proberen HV-2026-000001' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Aanvraag HV-2026-000001 wordt zo snel mogelijk opnieuw geregistreerd.' })).toBeVisible();
  await expect(item.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(item).toContainText('Wacht op een nieuwe poging');
  await expect(item).toContainText('Gevraagd door jansen');
  await expect(item.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Actie nodig (1)' })).toBeVisible();
  await expectNoViolations(page, 'the worklist after a retry');

  // Another state with the arrow keys of the radio group: the registered one with its zaak.
  await tabTo(page, page.getByRole('radio', { name: 'Actie nodig (1)' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Aanvragen die wachten op een nieuwe poging' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'HV-2026-000001' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('article', { name: 'HV-2026-000002' })).toContainText('ZAAK-2026-0000042');

  // After a reload the session is still there; signing out ends it.
  await page.reload();
  await tabTo(page, page.getByRole('button', { name: 'Afmelden' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden voor Ontvangen aanvragen' })).toBeFocused();
  expect((await page.context().cookies()).find((candidate) => candidate.name === 'hv_backoffice')).toBeUndefined();
});
