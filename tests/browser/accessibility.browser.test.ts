import { expect, test } from '@playwright/test';
import { expectLargeTargets, expectNoHorizontalScroll, expectNoViolations } from './pageChecks';
import { giveConsent } from './parkingCardStart';

const sizes = [
  { name: 'phone 320 px', width: 320, height: 640 },
  { name: 'tablet', width: 768, height: 1024 },
];

for (const size of sizes) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('start, a question, its error state, a multi-question step and the check page pass axe and reflow', async ({ page }) => {
      await page.goto('/');
      await expectNoViolations(page, 'start');
      await expectNoHorizontalScroll(page, size.width);
      if (size.width >= 768) await expectLargeTargets(page, 'start');

      await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).click();
      await expect(page).toHaveTitle(/^Voordat u begint/);
      await expectNoViolations(page, 'consent');
      await page.getByRole('button', { name: 'Ja, ik ga akkoord' }).click();
      await expect(page.locator('.hv-error-summary')).toBeFocused();
      await expectNoViolations(page, 'consent with error');
      await expectNoHorizontalScroll(page, size.width);
      if (size.width >= 768) await expectLargeTargets(page, 'consent');
      await giveConsent(page);
      await expectNoViolations(page, 'cardKind');
      await page.getByRole('button', { name: 'Volgende' }).click();
      await expect(page.locator('.hv-error-summary')).toBeFocused();
      await expectNoViolations(page, 'cardKind with error');
      await expectNoHorizontalScroll(page, size.width);
      if (size.width >= 768) await expectLargeTargets(page, 'cardKind with error');

      await page.getByLabel('Bestuurderskaart', { exact: true }).check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByLabel('Nee, dit is mijn eerste kaart').check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await expect(page.locator('.hv-error-summary')).toBeFocused();
      await expectNoViolations(page, 'personalDetails with errors');
      await expectNoHorizontalScroll(page, size.width);
      if (size.width >= 768) await expectLargeTargets(page, 'personalDetails with errors');

      await page.goto('/aanvraag/gehandicaptenparkeerkaart/stap/homeAddress');
      await expectNoViolations(page, 'address');
      await expectNoHorizontalScroll(page, size.width);
    });

    test('the visit’s own pages (resume with a code, drafts list, stop) pass axe, reflow and have large targets', async ({ page }) => {
      for (const path of ['/verder', '/concepten', '/stoppen']) {
        await page.goto(path);
        await expect(page.locator('h1')).toBeVisible();
        await expectNoViolations(page, path);
        await expectNoHorizontalScroll(page, size.width);
        if (size.width >= 768) await expectLargeTargets(page, path);
      }
      await page.goto('/verder');
      await page.getByRole('button', { name: 'Verder' }).click();
      await expect(page.locator('.hv-error-summary')).toBeFocused();
      await expectNoViolations(page, 'resume with an error');
    });
  });
}
