import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { findDefinition } from '../../src/definitions';
import { todayIso, type PermitDefinition, type PermitExamples } from '../../src/wizard';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { startOwnService } from './ownService';
import { completeWithKeyboard } from './keyboard';
import { startApplication } from './parkingCardStart';

const parkingCard = findDefinition('gehandicaptenparkeerkaart');
if (!parkingCard) throw new Error('The parking card definition is missing');
const permit: PermitDefinition = parkingCard;
const answers = (examples as PermitExamples).firstApplicationDriver?.(todayIso()) ?? {};
const SENT_PATH = '/aanvraag/gehandicaptenparkeerkaart/verstuurd';

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

/** Staff link the tablet, and the service worker keeps the app, so it opens offline too. */
async function linkedAndInstalled(page: Page): Promise<void> {
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await controlled(page))) await page.reload();
  await expect.poll(() => controlled(page)).toBe(true);
}

/** The parking card filled in up to the check page, then "Aanvraag versturen" pressed without a network. */
async function sendOffline(context: BrowserContext, page: Page): Promise<void> {
  await page.goto('/');
  await startApplication(page);
  await completeWithKeyboard(page, permit, answers);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expectQueued(page);
}

async function expectQueued(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag staat klaar op deze tablet' })).toBeVisible();
  await expect(page.getByText('Uw aanvraag staat klaar op deze tablet en wordt verstuurd zodra er internet is.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Wacht op internet' })).toBeVisible();
  await expect(page.locator('.hv-reference__number')).toHaveCount(0);
}

async function referenceShown(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeVisible();
  const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
  expect(reference).toMatch(/^HV-\d{4}-\d{6}$/);
  return reference;
}

/** How many applications wait in the outbox on this device, read from inside the page. */
function queuedOnDevice(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('hulploket');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function expectRegistered(page: Page, reference: string): Promise<void> {
  const stored = await page.request.get(`/api/v1/applications/${reference}`, { headers: { Authorization: `Bearer ${TEST_DEVICE_TOKEN}` } });
  expect(stored.status()).toBe(200);
  expect(await stored.json()).toMatchObject({ reference, status: 'received' });
}

test('sent without a network: kept on the tablet and said so; back online it goes by itself, once, and the reference appears', async ({ context, page }) => {
  await linkedAndInstalled(page);
  await sendOffline(context, page);
  await expect(page.getByRole('status').filter({ hasText: 'Geen internet.' })).toBeVisible();
  expect(await queuedOnDevice(page)).toBe(1);

  // Still queued after a reload without a network: the outbox is on the device, not in the page.
  await page.reload();
  await expectQueued(page);

  await context.setOffline(false);
  const reference = await referenceShown(page);
  await expectRegistered(page, reference);
  expect(await queuedOnDevice(page)).toBe(0);
  await expect(page.getByRole('status').filter({ hasText: 'Geen internet.' })).toHaveCount(0);
});

test('two tabs with the same queued application: it is sent once, both show the same reference', async ({ context, page }) => {
  await linkedAndInstalled(page);
  await sendOffline(context, page);

  // A second tab on the same tablet, opened while still offline, shows the same waiting application.
  const second = await context.newPage();
  await second.goto(SENT_PATH);
  await expectQueued(second);

  const sends: string[] = [];
  context.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/applications') sends.push(request.headers()['idempotency-key'] ?? '');
  });
  await context.setOffline(false);
  const [first, other] = await Promise.all([referenceShown(page), referenceShown(second)]);
  expect(other).toBe(first);
  await expectRegistered(page, first);
  // Give a stray second sender time to show itself.
  await page.waitForTimeout(500);
  expect(sends).toHaveLength(1);
});

/**
 * The real service of its own, started with the test-only `INTAKE_TEST_DROP_AFTER_COMMIT=1` (see
 * `server/main.ts`): it stores the first new application and then cuts the connection unanswered.
 */
const onDroppingService = test.extend<{ serviceUrl: string }>({
  serviceUrl: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hulploket-drop-'));
    const service = await startOwnService({ dataDir, env: { INTAKE_TEST_DROP_AFTER_COMMIT: '1' } });
    await use(service.url);
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
  baseURL: async ({ serviceUrl }, use) => use(serviceUrl),
});

onDroppingService('the service stores it but the answer is lost: the retry gets the same reference, no second application', async ({ context, page }) => {
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
  const answered: number[] = [];
  // On the context: with a service worker in between, the page's request and the worker's both show.
  context.on('response', (response) => {
    if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/v1/applications') answered.push(response.status());
  });

  await page.goto('/');
  await startApplication(page);
  await completeWithKeyboard(page, permit, answers);
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();

  // The first answer never arrives: the tablet keeps the application and tries again by itself
  // (after the first backoff, at most 5 seconds).
  const reference = await referenceShown(page);
  // One answer only, and a 200, not a 201: the first request's 201 never arrived, and the service
  // recognised the retry (same key, same content) and answered with the first registration.
  expect(answered).toEqual([200]);
  await expectRegistered(page, reference);
});
