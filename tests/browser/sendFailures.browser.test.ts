import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import {
  answers,
  APPLICATIONS_PATH,
  expectQueued,
  expectRegistered,
  fillParkingCard,
  linkedAndInstalled,
  queuedOnDevice,
  recordSendAttempts,
  referenceShown,
} from './outboxSteps';
import { onOwnService, test } from './ownService';
import { DEFAULT_BACKOFF_BASE_MS } from '../../src/outbox/backoff';

/**
 * Every answer of the real intake service that is not a receipt, made for real where the service
 * can (a wrong token, answers it refuses, a request over its limit, a device over its rate) and by
 * its test-only fault hook for 500 and 503 (`INTAKE_TEST_FAIL_FIRST`, server/testFaults/readTestFaults.ts). Each
 * time the application stays on the tablet until the service has it, and is registered once.
 */

const send = (page: Page) => page.getByRole('button', { name: 'Aanvraag versturen' }).click();
const statusText = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

onOwnService({ INTAKE_TEST_FAIL_FIRST: '500' })('500: kept and tried again by itself with the same key; registered once', { tag: '@postgres' }, async ({ context, page }) => {
  await linkedAndInstalled(page);
  await fillParkingCard(page);
  const attempts = recordSendAttempts(context);
  await send(page);

  const reference = await referenceShown(page);
  expect(attempts.map(({ status }) => status)).toEqual([500, 201]);
  expect(attempts[1]?.key).toBe(attempts[0]?.key);
  // After the backoff (at least half its first 5 s), not at once: neither the Background Sync the
  // page asks for after a failed try nor the network being there is a reason to hurry a failing service.
  expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(DEFAULT_BACKOFF_BASE_MS / 2);
  await expectRegistered(page, reference);
  expect(await queuedOnDevice(page)).toBe(0);
});

onOwnService({ INTAKE_TEST_FAIL_FIRST: '503,503' })('503: kept, "Nu versturen" tries again at once, then it goes; registered once', { tag: '@postgres' }, async ({ context, page }) => {
  await linkedAndInstalled(page);
  await fillParkingCard(page);
  const attempts = recordSendAttempts(context);
  await send(page);
  await expect.poll(() => attempts.length).toBeGreaterThanOrEqual(1);

  if (attempts.length === 1) await page.getByRole('button', { name: 'Nu versturen' }).click();
  const reference = await referenceShown(page);
  expect(attempts.map(({ status }) => status)).toEqual([503, 503, 201]);
  expect(new Set(attempts.map(({ key }) => key)).size).toBe(1);
  await expectRegistered(page, reference);
});

onOwnService({ RATE_LIMIT_PER_MINUTE: '6' })('429 with Retry-After: kept, nothing sent before the wait the service asked for, then sent with the same key', { tag: '@postgres' }, async ({ context, page }) => {
  await linkedAndInstalled(page);
  await fillParkingCard(page);
  // This tablet used up its sending rate (6 a minute, one back every 10 seconds) just before:
  // sends without a key are refused after the rate is spent, as sending is the budget that counts.
  for (let tries = 0; tries < 10; tries++) {
    const answer = await page.request.post(APPLICATIONS_PATH, { headers: { Authorization: `Bearer ${TEST_DEVICE_TOKEN}` } });
    if (answer.status() === 429) break;
  }
  const attempts = recordSendAttempts(context);
  await send(page);
  await expectQueued(page);
  await expect.poll(() => attempts.length).toBe(1);
  const [refused] = attempts;
  expect(refused?.status).toBe(429);
  const waitSeconds = Number(refused?.retryAfter);
  expect(waitSeconds).toBeGreaterThan(0);

  // Staff press "Nu versturen": the service asked to wait, so the tablet does not send yet.
  await page.getByRole('button', { name: 'Nu versturen' }).click();
  await page.waitForTimeout(300);
  expect(attempts).toHaveLength(1);

  await referenceShown(page);
  expect(attempts.map(({ status }) => status)).toEqual([429, 201]);
  expect(attempts[1]?.key).toBe(refused?.key);
  expect((attempts[1]?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(waitSeconds * 1000 - 250);
});

test('401: kept; staff link the tablet again from the notice, and it goes with the same key', { tag: '@postgres' }, async ({ context, page }) => {
  await linkedAndInstalled(page, 'not-the-device-token-of-this-desk');
  await fillParkingCard(page);
  const attempts = recordSendAttempts(context);
  await send(page);
  await expectQueued(page, 'Actie nodig: Deze tablet is nog niet gekoppeld aan de gemeente.');
  expect(attempts.map(({ status }) => status)).toEqual([401]);
  expect(await queuedOnDevice(page)).toBe(1);

  await page.getByRole('link', { name: 'Tablet koppelen (voor de medewerker)' }).click();
  await page.getByLabel('Koppelcode').fill(TEST_DEVICE_TOKEN);
  await page.getByRole('button', { name: 'Koppelen' }).click();
  await expect(statusText(page, 'Gelukt. Deze tablet is gekoppeld aan de gemeente.')).toBeVisible();
  // Linking sends what waited for it.
  await expect.poll(() => attempts.map(({ status }) => status)).toEqual([401, 201]);
  expect(attempts[1]?.key).toBe(attempts[0]?.key);

  await page.goBack();
  const reference = await referenceShown(page);
  await expectRegistered(page, reference);
  // The service worker's copy of the link (for Background Sync) is the new one too.
  expect(await storedDeviceToken(page)).toBe(TEST_DEVICE_TOKEN);
});

test('422: kept; the person is taken to the refused answer, fixes it, and the changed application goes with a new key', { tag: '@postgres' }, async ({ context, page }) => {
  await linkedAndInstalled(page);
  await fillParkingCard(page);
  await context.setOffline(true);
  await send(page);
  await expectQueued(page);
  // What an older app version with a faulty check would have queued: a BSN the service refuses.
  await setQueuedAnswer(page, 'bsn', '123456789');

  const attempts = recordSendAttempts(context);
  await context.setOffline(false);
  await expect(statusText(page, 'Actie nodig: De gemeente vindt een antwoord niet goed.')).toBeVisible();
  expect(attempts.map(({ status }) => status)).toEqual([422]);
  expect(await queuedOnDevice(page)).toBe(1);

  await page.getByRole('button', { name: 'Antwoord verbeteren' }).click();
  await expect(page).toHaveURL(/\/stap\/personalDetails/);
  await expect(page.locator('#q-bsn-error')).toContainText('Dit burgerservicenummer klopt niet.');
  await page.locator('#q-bsn').fill('123456782');
  await page.getByRole('button', { name: 'Opslaan en terug naar het overzicht' }).click();
  await expect(page).toHaveURL(/\/controleren$/);
  await send(page);

  const reference = await referenceShown(page);
  expect(attempts.map(({ status }) => status)).toEqual([422, 201]);
  expect(attempts[1]?.key).not.toBe(attempts[0]?.key);
  await expectRegistered(page, reference);
});

onOwnService({ MAX_REQUEST_BYTES: '1024', MAX_FILE_BYTES: '512' })(
  '413: kept and said so; staff save it as a file with every answer, then delete it after confirming',
  { tag: '@postgres' },
  async ({ context, page }) => {
    await linkedAndInstalled(page);
    // Allowed by the form (at most 1,000 characters), but with it the application is over this
    // service's limit for a whole request (1,024 bytes).
    await fillParkingCard(page, { limitationDescription: 'Na dertig meter lopen moet ik stoppen. '.repeat(25) });
    const attempts = recordSendAttempts(context);
    await send(page);
    await expectQueued(page, 'Actie nodig: De gemeente kon een bijlage niet aannemen.');
    expect(attempts.map(({ status }) => status)).toEqual([413]);
    // Not sent again by itself, and still there after a reload.
    await page.reload();
    await expectQueued(page, 'Actie nodig:');
    expect(attempts).toHaveLength(1);
    // The way to fix it leads to the answers.
    await page.getByRole('button', { name: 'Antwoord verbeteren' }).click();
    await expect(page).toHaveURL(/\/controleren$/);

    await page.goto('/concepten');
    const item = page.getByRole('listitem').filter({ hasText: 'Gehandicaptenparkeerkaart, klaar om te versturen' });
    await expect(item.getByRole('status')).toHaveText(/^Actie nodig: /);
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Bewaren als bestand' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^aanvraag-gehandicaptenparkeerkaart-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.json$/);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; idempotencyKey: string; submission: { answers: Record<string, unknown> } };
    expect(saved.format).toBe('hulploket-outbox-item');
    expect(saved.idempotencyKey).toBe(attempts[0]?.key);
    expect(saved.submission.answers).toMatchObject({ bsn: answers.bsn, familyName: answers.familyName, limitationDescription: expect.stringMatching(/^Na dertig meter/) });
    await expect(statusText(page, `Het bestand ${download.suggestedFilename()} is gemaakt.`)).toBeVisible();

    await item.getByRole('button', { name: 'Verwijderen' }).click();
    await expect(item.getByText('Weet u het zeker?')).toBeVisible();
    await item.getByRole('button', { name: 'Nee, bewaren' }).click();
    expect(await queuedOnDevice(page)).toBe(1);
    await item.getByRole('button', { name: 'Verwijderen' }).click();
    await item.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(statusText(page, 'De aanvraag is van deze tablet verwijderd.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Aanvragen op deze tablet' })).toBeFocused();
    expect(await queuedOnDevice(page)).toBe(0);
    // Gone from the tablet altogether: not offered as a draft either, and never sent.
    await page.reload();
    await expect(page.getByText('Er zijn geen aanvragen op deze tablet.')).toBeVisible();
    expect(attempts).toHaveLength(1);
  },
);

/** Changes one answer of the queued application on the device, as the page would read it. */
async function setQueuedAnswer(page: Page, questionId: string, value: string): Promise<void> {
  await page.evaluate(
    ([id, answer]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hulploket');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('outbox', 'readwrite').objectStore('outbox');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const item of all.result as { submission: { answers: Record<string, unknown> } }[]) {
              item.submission.answers[id] = answer;
              store.put(item);
            }
            store.transaction.oncomplete = () => {
              db.close();
              resolve();
            };
          };
          all.onerror = () => reject(all.error);
        };
      }),
    [questionId, value] as const,
  );
}

/** The device token kept in the device database for the service worker. */
function storedDeviceToken(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const request = indexedDB.open('hulploket');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('meta').objectStore('meta').get('deviceToken');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { token?: string } | undefined)?.token);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}
