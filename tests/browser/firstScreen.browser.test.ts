import { expect, test, type Page } from '@playwright/test';

/** When the page painted its first content, in ms since the navigation began. */
const firstPaint = (page: Page) => page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);

/** When the page started fetching the first file whose path matches, in ms since the navigation began. */
const fetchStart = (page: Page, path: RegExp) =>
  page.evaluate((source) => performance.getEntriesByType('resource').find((entry) => new RegExp(source).test(new URL(entry.name).pathname))?.startTime, path.source);

test('the start screen paints before the device’s code and the service worker’s registration are fetched', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Wat wilt u aanvragen?' })).toBeVisible();
  // Both still come, once the page is idle: the outbox sends at start, and the app stays on the tablet.
  await expect.poll(() => fetchStart(page, /^\/assets\/composeDevice-/)).toBeDefined();
  await expect.poll(() => fetchStart(page, /^\/assets\/workbox-window/)).toBeDefined();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.ready.then(() => true))).toBe(true);

  const paint = await firstPaint(page);
  expect(paint, 'the first paint').toBeDefined();
  expect(await fetchStart(page, /^\/assets\/composeDevice-/)).toBeGreaterThan(paint ?? Number.POSITIVE_INFINITY);
  expect(await fetchStart(page, /^\/assets\/workbox-window/)).toBeGreaterThan(paint ?? Number.POSITIVE_INFINITY);
});

test('a question opened straight from its address fetches the device’s code at once, with the page’s own', async ({ page }) => {
  await page.goto('/aanvraag/gehandicaptenparkeerkaart/stap/cardKind');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => firstPaint(page)).toBeDefined();
  const paint = await firstPaint(page);
  const device = await fetchStart(page, /^\/assets\/composeDevice-/);
  expect(device).toBeDefined();
  expect(device).toBeLessThan(paint ?? 0);
});

test('leaving the start screen before the browser is idle still fetches the wizard’s code, the questions’ from the consent page at once', async ({ page }) => {
  // Idle callbacks wait until the test lets them run: the person chose a permit before the page was ever idle.
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    const cancelled = new Set<number>();
    let handles = 0;
    const release = () => held.splice(0).forEach((run) => run());
    Object.assign(window, { __releaseIdle: release });
    window.requestIdleCallback = (callback) => {
      const handle = ++handles;
      held.push(() => {
        if (!cancelled.has(handle)) callback({ didTimeout: false, timeRemaining: () => 50 });
      });
      return handle;
    };
    window.cancelIdleCallback = (handle) => void cancelled.add(handle);
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voordat u begint' })).toBeVisible();
  await expect.poll(() => fetchStart(page, /^\/assets\/StepScreen-/), 'the questions’ code, fetched by the consent page').toBeDefined();
  expect(await fetchStart(page, /^\/assets\/CheckAnswersScreen-/), 'the rest waits for an idle moment').toBeUndefined();
  await page.evaluate(() => (window as unknown as { __releaseIdle: () => void }).__releaseIdle());
  await expect.poll(() => fetchStart(page, /^\/assets\/CheckAnswersScreen-/), 'the rest of the wizard, once idle').toBeDefined();
});

test('a screen whose code did not arrive says so plainly where it would be, and loading the page again brings it with what was given', async ({ context, page }) => {
  // The connection drops on a first visit, before the service worker keeps the app: the first question's code never comes.
  const blocked = /\/assets\/SharedStepScreen-[^/]*\.js$/;
  await context.route(blocked, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).click();
  await page.locator('input[name="consentContactChannel"][value="post"]').check();
  await page.getByRole('button', { name: 'Ja, ik ga akkoord' }).click();
  await expect(page.getByRole('alert')).toContainText('Dit deel van de app is niet geladen. Kijk of er internet is. Laad daarna de pagina opnieuw.');

  await context.unroute(blocked);
  await page.getByRole('button', { name: 'Pagina opnieuw laden' }).click();
  // The consent was kept on the tablet: the page opens on the first question, not on the consent again.
  await expect(page.getByRole('heading', { level: 1, name: 'Voor wie is deze aanvraag?' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
