import { expect, type Page } from '@playwright/test';
import { savedAnswer } from '../fixtures/filesOnDevice';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { answerWithKeyboard } from './keyboard';
import { onOwnService } from './ownService';
import {
  answers,
  APPLICATIONS_PATH,
  expectQueued,
  expectRegistered,
  linkedAndInstalled,
  permit,
  queuedOnDevice,
  recordSendAttempts,
  referenceShown,
  sendOffline,
} from './outboxSteps';

/**
 * An application queued on the tablet with a version of the form that the service no longer
 * accepts (its test-only switch `INTAKE_TEST_CURRENT_VERSIONS_ONLY`, server/testFaults/readTestFaults.ts: as a
 * service that dropped the previous versions). Nothing typed is lost: it becomes a draft in the
 * current form, the person answers what is new, and it is registered once, in the current version.
 */
onOwnService({ INTAKE_TEST_CURRENT_VERSIONS_ONLY: '1' })(
  'a queued application of a form version the service refuses becomes a draft in the current form, is completed and sent',
  async ({ context, page }) => {
    await linkedAndInstalled(page);
    await sendOffline(context, page);
    // The draft is saved within half a second of the last keystroke: rewrite it once that save is in.
    await expect.poll(() => savedAnswer(page, 'contactEmail')).toBe(answers.contactEmail);
    // What the app of version 1 left on the tablet: the parking card without the copy of an ID and
    // the passport photo. The app opens again (offline, from its service worker) as after an update.
    await asQueuedByVersion1(page);
    await page.reload();
    await expectQueued(page);

    const attempts = recordSendAttempts(context);
    await context.setOffline(false);
    await expectQueued(page, 'Actie nodig: Het formulier is veranderd. De gemeente neemt deze versie niet meer aan.');
    expect(attempts.map(({ status }) => status)).toEqual([422]);
    await expect(page.getByRole('button', { name: 'Nu versturen' })).toHaveCount(0);
    // Not sent again by itself: sending it as it is will not help.
    await page.reload();
    await expectQueued(page, 'Actie nodig: Het formulier is veranderd.');
    expect(attempts).toHaveLength(1);

    await page.getByRole('button', { name: 'Aanvraag aanvullen' }).click();
    await expect(page).toHaveURL(/\/stap\/identityDocument$/);
    await expect(page.getByText('Het formulier is veranderd sinds u begon. Kijk uw antwoorden daarom goed na.')).toBeVisible();
    await expect(page.locator('h1')).toBeFocused();
    expect(await queuedOnDevice(page)).toBe(0);

    // Only what is new is asked; every earlier answer is still there.
    for (const stepId of ['identityDocument', 'passportPhoto']) {
      await expect(page).toHaveURL(new RegExp(`/stap/${stepId}$`));
      const step = permit.steps.find((candidate) => candidate.id === stepId);
      for (const question of step?.questions ?? []) await answerWithKeyboard(page, question, answers[question.id]);
      await page.getByRole('button', { name: 'Volgende' }).click();
    }
    await expect(page).toHaveURL(/\/stap\/contactPreference$/);
    await expect(page.locator(`input[name="contactChannel"][value="${String(answers.contactChannel)}"]`)).toBeChecked();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page).toHaveURL(/\/controleren$/);
    await expect(page.getByText(String(answers.familyName))).toBeVisible();
    await expect(page.getByText(String(answers.limitationDescription))).toBeVisible();

    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    const reference = await referenceShown(page);
    expect(attempts.map(({ status }) => status)).toEqual([422, 201]);
    expect(attempts[1]?.key).not.toBe(attempts[0]?.key);
    await expectRegistered(page, reference);
    const stored = await page.request.get(`${APPLICATIONS_PATH}/${reference}`, { headers: { Authorization: `Bearer ${TEST_DEVICE_TOKEN}` } });
    expect(await stored.json()).toMatchObject({ formId: 'gehandicaptenparkeerkaart', formVersion: 2 });
    expect(await queuedOnDevice(page)).toBe(0);
  },
);

/** Rewrites the queued application and its draft on the device as the app of version 1 made them. */
async function asQueuedByVersion1(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const newQuestions = ['identityDocument', 'passportPhoto'];
        const request = indexedDB.open('hulploket');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['outbox', 'drafts'], 'readwrite');
          const items = tx.objectStore('outbox').getAll();
          items.onsuccess = () => {
            for (const item of items.result as Array<{ draftId: string; submission: { formVersion: number; answers: Record<string, unknown> }; attachments?: unknown[] }>) {
              item.submission.formVersion = 1;
              for (const id of newQuestions) delete item.submission.answers[id];
              item.attachments = [];
              tx.objectStore('outbox').put(item);
              const draft = tx.objectStore('drafts').get(item.draftId);
              draft.onsuccess = () => {
                const stored = draft.result as { permitVersion: number; answers: Record<string, unknown> };
                stored.permitVersion = 1;
                for (const id of newQuestions) delete stored.answers[id];
                tx.objectStore('drafts').put(stored);
              };
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
