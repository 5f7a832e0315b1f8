import { expect } from '@playwright/test';
import {
  expectQueued,
  expectRegistered,
  fillParkingCard,
  linkedAndInstalled,
  queuedOnDevice,
  recordSendAttempts,
  referenceShown,
  SENT_PATH,
  sendOffline,
} from './outboxSteps';
import { onOwnService, test } from './ownService';

test('sent without a network: kept on the tablet and said so; back online it goes by itself, once, and the reference appears', { tag: '@postgres' }, async ({ context, page }) => {
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
  // The reference was on screen: the start page does not bring it up again.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Verstuurd terwijl de app dicht was' })).toHaveCount(0);
});

test('two tabs with the same queued application: it is sent once, both show the same reference', { tag: '@postgres' }, async ({ context, page }) => {
  await linkedAndInstalled(page);
  await sendOffline(context, page);

  // A second tab on the same tablet, opened while still offline, shows the same waiting application.
  const second = await context.newPage();
  await second.goto(SENT_PATH);
  await expectQueued(second);

  const attempts = recordSendAttempts(context);
  await context.setOffline(false);
  const [first, other] = await Promise.all([referenceShown(page), referenceShown(second)]);
  expect(other).toBe(first);
  await expectRegistered(page, first);
  // Give a stray second sender time to show itself.
  await page.waitForTimeout(500);
  expect(attempts).toHaveLength(1);
});

/**
 * The real service of its own, started with the test-only `INTAKE_TEST_DROP_AFTER_COMMIT=1` (see
 * `server/testFaults/readTestFaults.ts`): it stores the first new application and then cuts the connection unanswered.
 */
onOwnService({ INTAKE_TEST_DROP_AFTER_COMMIT: '1' })(
  'the service stores it but the answer is lost: the retry gets the same reference, no second application',
  { tag: '@postgres' },
  async ({ context, page }) => {
    await linkedAndInstalled(page);
    const attempts = recordSendAttempts(context);
    await fillParkingCard(page);
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();

    // The first answer never arrives: the tablet keeps the application and tries again by itself
    // (after the first backoff, at most 5 seconds).
    const reference = await referenceShown(page);
    // One answer only, and a 200, not a 201: the first request's 201 never arrived, and the service
    // recognised the retry (same key, same content) and answered with the first registration.
    expect(attempts.map(({ status }) => status)).toEqual([200]);
    await expectRegistered(page, reference);
  },
);

test('sent offline and the tab closed: the service worker sends it by Background Sync once the network is back', { tag: '@postgres' }, async ({ context, page, baseURL }) => {
  await linkedAndInstalled(page);
  await sendOffline(context, page);
  // The failed send asked the browser for a Background Sync.
  expect(await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & { sync: { getTags(): Promise<string[]> } };
    return registration.sync.getTags();
  })).toContain('hulploket-outbox');

  // Every tab of the app is closed; the browser wakes the service worker when the network is back.
  // DevTools fires the sync at once (Chromium would when its own network comes back).
  await page.close();
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  const origin = new URL(baseURL ?? '').origin;
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const found = registrations.find((registration) => registration.scopeURL.startsWith(origin) && !registration.isDeleted);
      if (found) resolve(found.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const attempts = recordSendAttempts(context);
  await context.setOffline(false);
  await cdp.send('ServiceWorker.dispatchSyncEvent', { origin, registrationId: await registrationId, tag: 'hulploket-outbox', lastChance: false });
  await expect.poll(() => attempts.map(({ status }) => status), { timeout: 15_000 }).toEqual([201]);

  // The tablet opened again: its start page tells the reference nobody saw, until someone says they did.
  const again = await context.newPage();
  await again.goto('/');
  const unseen = again.getByRole('region', { name: 'Verstuurd terwijl de app dicht was' });
  const told = unseen.getByRole('listitem').filter({ hasText: /^HV-\d{4}-\d{6}: Gehandicaptenparkeerkaart, ontvangen op / });
  await expect(told).toBeVisible();
  const reference = /^HV-\d{4}-\d{6}/.exec((await told.textContent()) ?? '')?.[0] ?? '';
  await expectRegistered(again, reference);
  await unseen.getByRole('button', { name: 'Gezien, niet meer tonen' }).click();
  await expect(unseen).toHaveCount(0);
  await again.reload();
  await expect(again.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(again.getByRole('region', { name: 'Verstuurd terwijl de app dicht was' })).toHaveCount(0);

  // Staff find the receipt among the tablet's applications, nothing waits, and the service holds it once.
  await again.goto('/concepten');
  const receipt = again.getByRole('listitem').filter({ hasText: /^HV-\d{4}-\d{6}: Gehandicaptenparkeerkaart, ontvangen op / });
  await expect(receipt).toContainText(reference);
  expect(await queuedOnDevice(again)).toBe(0);
  await again.waitForTimeout(500);
  expect(attempts).toHaveLength(1);
});
