import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { APPLICATIONS_PATH, expectQueued, fillParkingCard, linkedAndInstalled, queuedOnDevice, recordSendAttempts } from './outboxSteps';
import { LINGER_AFTER_LIMIT_MS } from '../../server/uploads/discardUnreadBody';
import { onOwnService } from './ownService';

/**
 * The service refuses some applications from their headers alone, before it reads the body (a
 * revoked token, a request larger than it takes). With a large application the tablet is then
 * still sending when the refusal comes; it must hear the refusal and show what to do, not see a
 * broken connection and retry for ever. Chromium reads an answer that came before a reset of the
 * upload, so here it is the outcome the person sees that is checked; the reset itself is caught
 * with Node's fetch in `tests/server/earlyRefusals.server.test.ts`.
 */

const MB = 1024 * 1024;
/** A scanned ID of 8 MB: within the question's 10 MB, and far more than the service reads off at once. */
const SCAN_BYTES = 8 * MB;

const send = (page: Page) => page.getByRole('button', { name: 'Aanvraag versturen' }).click();

/**
 * Makes the identity document kept on the tablet an 8 MB scan (a PDF, which the tablet keeps
 * unchanged), as a person with a large scan would have chosen it.
 */
async function largeIdentityDocument(page: Page): Promise<void> {
  await page.evaluate(
    (size) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hulploket');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('attachments', 'readwrite').objectStore('attachments');
          const all = store.getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const records = all.result as Array<{ questionId: string; blob: Blob; size: number }>;
            const scan = records.find((record) => record.questionId === 'identityDocument');
            if (!scan) return reject(new Error('No identity document on the tablet'));
            const blob = new Blob(['%PDF-1.7\n', new Uint8Array(size - 9)], { type: 'application/pdf' });
            store.put({ ...scan, blob, size: blob.size });
            store.transaction.oncomplete = () => {
              db.close();
              resolve();
            };
          };
        };
      }),
    SCAN_BYTES,
  );
}

/** Every new-application request in `context` that got no answer at all (a broken connection). */
function recordBrokenSends(context: BrowserContext): string[] {
  const broken: string[] = [];
  context.on('requestfailed', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === APPLICATIONS_PATH) broken.push(request.failure()?.errorText ?? 'failed');
  });
  return broken;
}

test('a large application sent with a revoked token: the tablet hears 401 and asks staff to link it again', async ({ context, page }) => {
  await linkedAndInstalled(page, 'revoked-device-token-of-this-desk');
  await fillParkingCard(page);
  await largeIdentityDocument(page);
  const attempts = recordSendAttempts(context);
  const broken = recordBrokenSends(context);
  await send(page);

  await expectQueued(page, 'Actie nodig: Deze tablet is nog niet gekoppeld aan de gemeente.');
  await expect(page.getByRole('link', { name: 'Tablet koppelen (voor de medewerker)' })).toBeVisible();
  expect(attempts.map(({ status }) => status)).toEqual([401]);
  expect(broken).toEqual([]);
  expect(await queuedOnDevice(page)).toBe(1);
});

onOwnService({ MAX_REQUEST_BYTES: String(2 * MB), MAX_FILE_BYTES: String(1 * MB) })(
  'a large application over the service limit: the tablet hears 413 and leads the person back to the answers',
  async ({ context, page }) => {
    await linkedAndInstalled(page);
    await fillParkingCard(page);
    await largeIdentityDocument(page);
    const attempts = recordSendAttempts(context);
    const broken = recordBrokenSends(context);
    await send(page);

    // The service reads off no more than its limit and then stops reading; Chromium reads an
    // answer only once its upload ends, which here is when the service cuts the connection,
    // LINGER_AFTER_LIMIT_MS after the refusal.
    await expectQueued(page, 'Actie nodig: De gemeente kon een bijlage niet aannemen.', LINGER_AFTER_LIMIT_MS + 10_000);
    expect(attempts.map(({ status }) => status)).toEqual([413]);
    expect(broken).toEqual([]);
    await page.getByRole('button', { name: 'Antwoord verbeteren' }).click();
    await expect(page).toHaveURL(/\/controleren$/);
  },
);
