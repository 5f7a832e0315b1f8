import { expect, test, type Page } from '@playwright/test';
import { chooseHighContrast, choosePreference } from './displayPreferences';
import { expectLargeTargets, expectNoHorizontalScroll, expectNoViolations } from './pageChecks';
import { applyForThemselves } from './parkingCardStart';
import { serveEnglishAsPseudoRtl } from './pseudoRtl';

const GPK = 'gehandicaptenparkeerkaart';

/**
 * The start page, the consent page, the first question and the check page, with `check` run on each. Preferences
 * are chosen once and stay for the visit. Selectors do not depend on the language.
 */
async function visitPages(page: Page, check: (what: string) => Promise<void>): Promise<void> {
  await page.goto('/');
  await check('start');
  await page.locator(`.hv-permit__link[href^="/aanvraag/${GPK}/"]`).click();
  await expect(page.locator('input[name="consentContactChannel"]').first()).toBeVisible();
  await check('consent');
  await page.locator('input[name="consentContactChannel"]').first().check();
  await page.locator('form button[type="submit"]').click();
  await applyForThemselves(page);
  await expect(page.locator('#q-cardKind')).toBeVisible();
  await check('question step');
  await page.locator('#q-cardKind').check();
  // Written to the tablet, so the check page (a new page load) shows the answer.
  await expect(page.locator('.hv-save-status')).not.toBeEmpty();
  await page.goto(`/aanvraag/${GPK}/controleren`);
  await expect(page.locator('.hv-answers').first()).toBeVisible();
  await check('check page');
}

test.describe('at 320 px with the largest text', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('start, consent, a question and the check page reflow without horizontal scrolling and pass axe', async ({ page }) => {
    await page.goto('/');
    await choosePreference(page, 'textSize', 'Grootst');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
    // Everything is sized in rem: the body text is now twice its normal size.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('36px');
    await visitPages(page, async (what) => {
      await expectNoHorizontalScroll(page, 320);
      await expectNoViolations(page, `${what}, largest text`);
    });
  });
});

test.describe('at tablet size', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('with large text, every page passes axe and keeps large targets', async ({ page }) => {
    await page.goto('/');
    await choosePreference(page, 'textSize', 'Groot');
    await visitPages(page, async (what) => {
      await expectNoViolations(page, `${what}, large text`);
      await expectLargeTargets(page, `${what}, large text`);
    });
  });

  test('with high contrast, a real theme (white on black, yellow to press) that passes axe', async ({ page }) => {
    await page.goto('/');
    await chooseHighContrast(page);
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    await visitPages(page, (what) => expectNoViolations(page, `${what}, high contrast`));
  });

  test('the device’s own "more contrast" setting turns the theme on, and the reader can turn it off', async ({ page }) => {
    await page.emulateMedia({ contrast: 'more' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await chooseHighContrast(page).catch(() => undefined);
    await page.locator('#hv-high-contrast').uncheck();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'standard');
  });

  test('in English, every page passes axe and says it is English', async ({ page }) => {
    await page.goto('/');
    await choosePreference(page, 'language', 'English');
    await expect(page.getByRole('heading', { level: 1, name: 'What would you like to apply for?' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await visitPages(page, (what) => expectNoViolations(page, `${what}, English`));
  });

  test('preferences last through a reload during the visit and are gone after "Stoppen en wissen"', async ({ page }) => {
    await page.goto('/');
    await choosePreference(page, 'textSize', 'Groter');
    await chooseHighContrast(page);
    await choosePreference(page, 'language', 'English');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await page.goto('/stoppen');
    await page.getByRole('button', { name: 'Stop and erase' }).click();
    // The page that says so is still the person's: their language, their text size.
    await expect(page.getByRole('heading', { level: 1, name: 'Everything has been erased' })).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
    await page.getByRole('link', { name: 'Go to the start' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'standard');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  });

  test('a reload of the page that says everything is erased starts the next person plain too', async ({ page }) => {
    await page.goto('/');
    await choosePreference(page, 'textSize', 'Groter');
    await choosePreference(page, 'language', 'English');
    await page.goto('/stoppen');
    await page.getByRole('button', { name: 'Stop and erase' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Everything has been erased' })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  });
});

test.describe('right to left, with a test catalogue', () => {
  test.use({ serviceWorkers: 'block', viewport: { width: 320, height: 640 } });

  test('the page turns right-to-left because the catalogue says so, lays out mirrored, reflows and passes axe', async ({ page }) => {
    await serveEnglishAsPseudoRtl(page);
    await page.goto('/');
    await choosePreference(page, 'language', 'English');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1')).toHaveText(/^[^a-z]+$/i);
    // Logical properties: the start of a line is now on the right.
    const header = await page.locator('.hv-header__title').boundingBox();
    expect((header?.x ?? 0) + (header?.width ?? 0)).toBeGreaterThan(300);
    await visitPages(page, async (what) => {
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expectNoHorizontalScroll(page, 320);
      await expectNoViolations(page, `${what}, right to left`);
    });
    const question = await page.locator('.hv-answers__question').first().boundingBox();
    expect((question?.x ?? 0) + (question?.width ?? 0)).toBeGreaterThan(280);
  });
});
