import { expect, type BrowserContext, type Page } from '@playwright/test';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { findDefinition } from '../../src/definitions';
import { todayIso, type Answers, type PermitDefinition, type PermitExamples } from '../../src/wizard';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { completeWithKeyboard } from './keyboard';
import { startApplication } from './parkingCardStart';

const parkingCard = findDefinition('gehandicaptenparkeerkaart');
if (!parkingCard) throw new Error('The parking card definition is missing');
export const permit: PermitDefinition = parkingCard;
export const answers = (examples as PermitExamples).firstApplicationDriver?.(todayIso()) ?? {};
export const SENT_PATH = '/aanvraag/gehandicaptenparkeerkaart/verstuurd';
export const APPLICATIONS_PATH = '/api/v1/applications';

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

/** Staff link the tablet (with `token`), and the service worker keeps the app, so it opens offline too. */
export async function linkedAndInstalled(page: Page, token = TEST_DEVICE_TOKEN): Promise<void> {
  await page.goto(`/koppelen#token=${token}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await controlled(page))) await page.reload();
  await expect.poll(() => controlled(page)).toBe(true);
}

/** The parking card filled in with the keyboard up to the check page, with the example's answers or `changes` to them. */
export async function fillParkingCard(page: Page, changes: Answers = {}): Promise<void> {
  await page.goto('/');
  await startApplication(page);
  await completeWithKeyboard(page, permit, { ...answers, ...changes });
}

/** The parking card filled in up to the check page, then "Aanvraag versturen" pressed without a network. */
export async function sendOffline(context: BrowserContext, page: Page): Promise<void> {
  await fillParkingCard(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expectQueued(page);
}

/** The truthful waiting page: kept on the tablet, no reference yet; `state` shown within `stateTimeout` ms. */
export async function expectQueued(page: Page, state = 'Wacht op internet', stateTimeout = 5_000): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag staat klaar op deze tablet' })).toBeVisible();
  await expect(page.getByText('Uw aanvraag staat klaar op deze tablet en wordt verstuurd zodra er internet is.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: state })).toBeVisible({ timeout: stateTimeout });
  await expect(page.locator('.hv-reference__number')).toHaveCount(0);
}

export async function referenceShown(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeVisible({ timeout: 20_000 });
  const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
  expect(reference).toMatch(/^HV-\d{4}-\d{6}$/);
  return reference;
}

/** How many applications wait in the outbox on this device, read from inside the page. */
export function queuedOnDevice(page: Page): Promise<number> {
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

export async function expectRegistered(page: Page, reference: string): Promise<void> {
  const stored = await page.request.get(`${APPLICATIONS_PATH}/${reference}`, { headers: { Authorization: `Bearer ${TEST_DEVICE_TOKEN}` } });
  expect(stored.status()).toBe(200);
  expect(await stored.json()).toMatchObject({ reference, status: 'received' });
}

/** One answer of the intake service to "send this application", as the browser saw it. */
export interface SendAttempt {
  readonly status: number;
  readonly key: string;
  readonly retryAfter: string | undefined;
  /** `Date.now()` when the answer arrived. */
  readonly at: number;
}

/**
 * Every answer to a new-application request in `context`, in order: the page's, and the service
 * worker's (Playwright reports both on the context).
 */
export function recordSendAttempts(context: BrowserContext): SendAttempt[] {
  const attempts: SendAttempt[] = [];
  context.on('response', (response) => {
    const request = response.request();
    if (request.method() !== 'POST' || new URL(response.url()).pathname !== APPLICATIONS_PATH) return;
    attempts.push({ status: response.status(), key: request.headers()['idempotency-key'] ?? '', retryAfter: response.headers()['retry-after'], at: Date.now() });
  });
  return attempts;
}
