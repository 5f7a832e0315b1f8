import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { createStatusCode, formatStatusCode } from '../../src/crypto';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { findDefinition } from '../../src/definitions';
import { todayIso, type PermitExamples } from '../../src/wizard';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { choosePreference } from './displayPreferences';
import { completeWithKeyboard, tabTo } from './keyboard';
import { expectNoHorizontalScroll, expectNoViolations } from './pageChecks';
import { startApplication } from './parkingCardStart';

const permit = findDefinition('gehandicaptenparkeerkaart');
if (!permit) throw new Error('The parking card definition is missing');
const answers = (examples as PermitExamples).firstApplicationDriver?.(todayIso()) ?? {};

/** The QR code on the page (as printed), drawn on a canvas in the browser and read back as pixels. */
async function qrPixelsOnPage(page: Page): Promise<{ width: number; height: number; data: number[] }> {
  return page.locator('svg.hv-qr').evaluate(async (svg) => {
    const size = 400;
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(image, 0, 0, size, size);
    return { width: size, height: size, data: [...context.getImageData(0, 0, size, size).data] };
  });
}

/**
 * The PDF's figure as pixels: every filled square (`x y w h re`) of its `Figure` marked content,
 * painted black on white at 8 pixels per module, with the quiet zone the squares leave around it.
 */
function qrPixelsInPdf(pdf: string): { width: number; height: number; data: Uint8ClampedArray } {
  const figure = /\/Figure << \/MCID \d+ >> BDC\n([\s\S]*?)\nEMC/.exec(pdf)?.[1] ?? '';
  const squares = [...figure.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) [\d.]+ re/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]), side: Number(match[3]) }));
  expect(squares.length).toBeGreaterThan(50);
  const side = squares[0]?.side ?? 1;
  const left = Math.min(...squares.map((square) => square.x));
  const top = Math.max(...squares.map((square) => square.y));
  const modules = Math.round((Math.max(...squares.map((square) => square.x)) - left) / side) + 1;
  const scale = 8;
  const quiet = 4;
  const width = (modules + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const square of squares) {
    const column = Math.round((square.x - left) / side) + quiet;
    // PDF counts up from the bottom of the page; pixels count down from the top.
    const row = Math.round((top - square.y) / side) + quiet;
    for (let y = row * scale; y < (row + 1) * scale; y++) {
      for (let x = column * scale; x < (column + 1) * scale; x++) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { width, height: width, data };
}

test('the receipt’s QR code, printed and in the PDF, opens the status page with reference and code in the fragment, on a device never linked', async ({ page, browser, baseURL }) => {
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
  await page.goto('/');
  await startApplication(page);
  await completeWithKeyboard(page, permit, answers);
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeVisible();
  const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
  const shownCode = (await page.locator('.hv-reference__status-code').textContent()) ?? '';
  expect(shownCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{3}$/);
  const code = shownCode.replaceAll('-', '');
  const expected = `${baseURL}/status#reference=${reference}&code=${code}`;

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('svg.hv-qr')).toBeVisible();
  const printed = await qrPixelsOnPage(page);
  expect(jsQR(Uint8ClampedArray.from(printed.data), printed.width, printed.height)?.data).toBe(expected);
  await page.emulateMedia({ media: 'screen' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bewijs van ontvangst downloaden (pdf)' }).click()]);
  const pdf = (await readFile(await download.path())).toString('latin1');
  const inPdf = qrPixelsInPdf(pdf);
  expect(jsQR(inPdf.data, inPdf.width, inPdf.height)?.data).toBe(expected);

  // Someone at home with only the receipt: another browser, never linked to the service.
  const home = await browser.newContext();
  const phone = await home.newPage();
  await phone.goto(expected);
  await expect(phone.getByRole('heading', { level: 2, name: 'Zo staat het met uw aanvraag' })).toBeVisible();
  await expect(phone.getByRole('list').filter({ hasText: 'ontvangen' }).getByRole('listitem').first()).toContainText('De gemeente heeft uw aanvraag ontvangen.');
  await expect(phone.getByText(reference, { exact: true })).toBeVisible();
  // The code does not stay in the address bar of a shared screen.
  expect(new URL(phone.url()).hash).toBe('');
  await expectNoViolations(phone, 'status page with the answer, Dutch');
  await home.close();

  // At 320 px, by keyboard alone, in Dutch and then in English, on another device never linked.
  const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const small = await narrow.newPage();
  await small.goto(`${baseURL}/status`);
  await expect(small.getByRole('heading', { level: 1, name: 'Hoe staat het met mijn aanvraag?' })).toBeVisible();
  await expectNoViolations(small, 'empty status page at 320 px, Dutch');
  await expectNoHorizontalScroll(small, 320);
  await tabTo(small, small.getByLabel('Referentienummer'));
  await small.keyboard.type(reference.toLowerCase());
  await small.keyboard.press('Tab');
  await expect(small.getByLabel('Statuscode')).toBeFocused();
  const typo = `${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`;
  await small.keyboard.type(typo);
  await small.keyboard.press('Tab');
  await expect(small.getByRole('button', { name: 'Bekijk hoe het staat' })).toBeFocused();
  await small.keyboard.press('Enter');
  await expect(small.locator('.hv-error-summary')).toBeFocused();
  await expect(small).toHaveTitle(/^Fout: /);
  await expectNoViolations(small, 'status page with a mistyped code at 320 px');
  await expectNoHorizontalScroll(small, 320);
  // The summary's link leads to the box, where the typed code still is.
  await small.keyboard.press('Tab');
  await expect(small.getByRole('link', { name: /Deze statuscode klopt niet/ })).toBeFocused();
  await small.keyboard.press('Enter');
  await expect(small.getByLabel('Statuscode')).toBeFocused();
  await expect(small.getByLabel('Statuscode')).toHaveValue(typo);
  await small.keyboard.press('ControlOrMeta+a');
  await small.keyboard.type(shownCode);
  await small.keyboard.press('Enter');
  const answer = small.getByRole('heading', { level: 2, name: 'Zo staat het met uw aanvraag' });
  await expect(answer).toBeFocused();
  await expect(small).toHaveTitle(/^Hoe staat het met mijn aanvraag\? – /);
  await expectNoHorizontalScroll(small, 320);
  await expectNoViolations(small, 'status page with the answer at 320 px, Dutch');

  await choosePreference(small, 'textSize', 'Grootst');
  await choosePreference(small, 'language', 'English');
  await expect(small.getByRole('heading', { level: 2, name: 'How your application is doing' })).toBeVisible();
  await expect(small.getByText('The municipality has received your application.')).toBeVisible();
  await expectNoHorizontalScroll(small, 320);
  await expectNoViolations(small, 'status page with the answer at 320 px, English, largest text');
  await narrow.close();
});

test('offline, the status page still opens and says plainly that it needs a connection', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseURL}/status`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe staat het met mijn aanvraag?' })).toBeVisible();
  // Once the service worker keeps the app, the page opens again without a network.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await expect(page.getByText('U hebt nu geen internet. Om te zien hoe het met uw aanvraag staat, is internet nodig.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe staat het met mijn aanvraag?' })).toBeVisible();
  await page.getByLabel('Referentienummer').fill('HV-2026-000001');
  await page.getByLabel('Statuscode').fill(formatStatusCode(createStatusCode()));
  await page.getByRole('button', { name: 'Bekijk hoe het staat' }).click();
  await expect(page.locator('.hv-error-summary')).toBeFocused();
  // Chromium may say "online" right after a reload without a network (navigator.onLine); either way it is said plainly.
  await expect(page.locator('.hv-error-summary')).toContainText(/is internet nodig|geen verbinding met de gemeente/);
  await context.close();
});
