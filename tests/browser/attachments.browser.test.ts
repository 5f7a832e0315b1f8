import { expect, test, type Page } from '@playwright/test';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { findDefinition } from '../../src/definitions';
import { todayIso, type FileAnswer, type PermitDefinition, type PermitExamples } from '../../src/wizard';
import { drawCameraPhoto } from '../fixtures/drawCameraPhoto';
import { exampleFileBytes } from '../fixtures/exampleFiles';
import { filesOnDevice, savedAnswer } from '../fixtures/filesOnDevice';
import { expectExampleFilesStored } from './expectExampleFilesStored';
import { addFilesWithKeyboard, completeWithKeyboard, tabTo } from './keyboard';
import { linkedAndInstalled } from './outboxSteps';
import { onOwnService } from './ownService';
import { startApplication } from './parkingCardStart';

const parkingCard = findDefinition('gehandicaptenparkeerkaart');
if (!parkingCard) throw new Error('The parking card definition is missing');
const permit: PermitDefinition = parkingCard;
const answers = (examples as PermitExamples).firstApplicationDriver?.(todayIso()) ?? {};
const PHOTO_STEP = '/aanvraag/gehandicaptenparkeerkaart/stap/passportPhoto';
const ID_STEP = '/aanvraag/gehandicaptenparkeerkaart/stap/identityDocument';

/**
 * A parking-card application started (with consent), then straight to a step of it, within the
 * page (a consent with no answer yet is not kept, so a reload would ask for it again).
 */
async function openStep(page: Page, path: string): Promise<void> {
  await page.goto('/');
  await startApplication(page);
  await page.evaluate((target) => {
    history.pushState(null, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveTitle(/^Stap \d+ van \d+: /);
}

/*
 * The first three tests choose files and need no service worker; they block it. In pages a service
 * worker controls, Chromium at times opens the file chooser without Playwright hearing of it
 * (https://github.com/microsoft/playwright/issues/28023), and these tests wait for the chooser.
 */
test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a 12-megapixel camera photo is shrunk on the tablet to 2000 px and a fraction of its bytes before it is kept', async ({ page }) => {
    await openStep(page, PHOTO_STEP);
    const photo = await drawCameraPhoto(page);
    expect(photo.length).toBeGreaterThan(2 * 1024 * 1024);

    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Kies een bestand', { exact: true }).click();
    await (await chooser).setFiles({ name: 'IMG_20261129_101500.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect(page.getByRole('status').filter({ hasText: 'IMG_20261129_101500.jpg is toegevoegd.' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Kleine afbeelding van IMG_20261129_101500.jpg' })).toBeVisible();

    const [kept] = await filesOnDevice(page);
    expect(kept).toMatchObject({ questionId: 'passportPhoto', name: 'IMG_20261129_101500.jpg', type: 'image/jpeg', width: 2000, height: 1500 });
    expect(kept?.size).toBeLessThan(photo.length / 3);
    expect(kept?.size).toBeLessThan(1.5 * 1024 * 1024);
    expect(Buffer.from(kept?.bytes ?? '', 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  test('a PDF is kept unchanged, and files are added and removed with the keyboard alone', async ({ page }) => {
    await openStep(page, ID_STEP);
    const pdf: FileAnswer = { name: 'identiteitsbewijs.pdf', type: 'application/pdf', size: 705 };
    await addFilesWithKeyboard(page, 'identityDocument', [pdf], { requireChooser: true });
    const [kept] = await filesOnDevice(page);
    expect(Buffer.from(kept?.bytes ?? '', 'base64').equals(exampleFileBytes(pdf))).toBe(true);
    await expect(page.getByRole('listitem').filter({ hasText: 'identiteitsbewijs.pdf' })).toContainText('PDF-bestand, 1 kB');

    const remove = page.getByRole('button', { name: 'Verwijderen identiteitsbewijs.pdf' });
    await tabTo(page, remove);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'identiteitsbewijs.pdf is verwijderd.' })).toBeVisible();
    // Nothing left to remove: focus goes to the chooser, where the next file is added.
    await expect(page.locator('#q-identityDocument')).toBeFocused();
    await expect.poll(() => filesOnDevice(page)).toEqual([]);
  });

  test('the browser clears the tablet\'s storage while the form is open: the file is said to be gone, at its question, and nothing claims it saved', async ({ page }) => {
    await openStep(page, ID_STEP);
    const pdf: FileAnswer = { name: 'identiteitsbewijs.pdf', type: 'application/pdf', size: 705 };
    await addFilesWithKeyboard(page, 'identityDocument', [pdf], { requireChooser: true });
    await expect.poll(async () => (await filesOnDevice(page)).length).toBe(1);
    await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om/ })).toBeVisible();

    // What "clear site data" does, or storage pressure: the database goes while the page stays open.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb' });
    await page.getByRole('button', { name: 'Volgende' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Een bestand dat u had toegevoegd, staat niet meer op deze tablet.' });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om/ })).toHaveCount(0);
    await alert.getByRole('link', { name: /^identiteitsbewijs\.pdf bij de vraag / }).click();

    await expect(page).toHaveURL(new RegExp(`${ID_STEP}$`));
    await expect(page.getByText('Het bestand identiteitsbewijs.pdf staat niet meer op deze tablet. Voeg het opnieuw toe.')).toBeVisible();
    await expect(page.locator('#q-identityDocument')).toHaveAttribute('aria-describedby', /q-identityDocument-lost/);
    await expect(page.getByRole('list', { name: 'Toegevoegde bestanden' })).toHaveCount(0);

    // Added again: the warnings go, and now "saved" is true again.
    await addFilesWithKeyboard(page, 'identityDocument', [pdf], { requireChooser: true });
    await expect(page.getByText('Het bestand identiteitsbewijs.pdf staat niet meer op deze tablet.')).toHaveCount(0);
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om/ })).toBeVisible();
    await expect.poll(async () => (await filesOnDevice(page)).length).toBe(1);
  });

  test('a file the question does not take is refused with a plain message, by its content, and nothing is kept', async ({ page }) => {
    await openStep(page, PHOTO_STEP);
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Kies een bestand', { exact: true }).click();
    await (await chooser).setFiles({ name: 'pasfoto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await expect(page.locator('#q-passportPhoto-error')).toContainText('pasfoto.jpg kunnen wij niet aannemen. Het is geen JPG of PNG. Kies een ander bestand.');
    await expect(page.locator('#q-passportPhoto')).toHaveAttribute('aria-invalid', 'true');
    expect(await filesOnDevice(page)).toEqual([]);
  });
});

// The real service of its own, so the test can read the bytes it stored from its store.
onOwnService()('attachments survive a reload and a send without a network, and arrive at the service byte for byte; then they leave the tablet', { tag: '@postgres' }, async ({ context, page, stored }) => {
  await linkedAndInstalled(page);
  await page.goto('/');
  await startApplication(page);
  await completeWithKeyboard(page, permit, answers);
  // The last answer typed is on the device (autosave, within half a second) before the page goes away.
  await expect.poll(() => savedAnswer(page, 'contactEmail')).toBe(answers.contactEmail);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('pasfoto.jpg')).toBeVisible();
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag staat klaar op deze tablet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Wacht op internet' })).toBeVisible();
  // Kept for the outbox, not copied: the draft store's two files.
  expect((await filesOnDevice(page)).map((file) => file.name).sort()).toEqual(['identiteitsbewijs.pdf', 'pasfoto.jpg']);

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeVisible();
  const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
  await expectExampleFilesStored(stored, reference, permit, answers);
  // Sent: nothing personal stays on the tablet.
  expect(await filesOnDevice(page)).toEqual([]);
});
