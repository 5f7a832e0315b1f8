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
