import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { findDefinition } from '../../src/definitions';
import { todayIso, type PermitExamples } from '../../src/wizard';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { completeWithKeyboard } from './keyboard';
import { startOwnService } from './ownService';
import { giveConsent, openParkingCardPersonalDetails, startApplication } from './parkingCardStart';

const permit = findDefinition('gehandicaptenparkeerkaart');
if (!permit) throw new Error('The parking card definition is missing');
const answers = (examples as PermitExamples).firstApplicationDriver?.(todayIso()) ?? {};

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);
const versionWaiting = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

/** The first visit, online: the service worker installs, keeps the app, and controls the page. */
async function visitOnceOnline(page: Page): Promise<void> {
  await page.goto('/');
  const ready = await page.evaluate(() =>
    Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]),
  );
  expect(ready, 'a service worker is installed and active').toBe(true);
  // The first version claims the open page; should that not have happened yet, a reload does it.
  if (!(await controlled(page))) await page.reload();
  await expect.poll(() => controlled(page)).toBe(true);
}

/** Part of the parking card typed on the personal-details step, and saved on the device. */
async function typeSomeAnswers(page: Page): Promise<void> {
  await openParkingCardPersonalDetails(page);
  await page.locator('#q-bsn').fill('111222333');
  await page.locator('#q-givenNames').fill('Johanna Maria');
  await page.locator('#q-familyName').fill('Zonderverbinding');
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om \d{2}:\d{2}$/ })).toBeVisible();
  // The promise is "saved within half a second": give it that.
  await page.waitForTimeout(600);
}

/** Every service worker stopped, as the browser does after a while without events: the next load has to start it. */
async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * Per response of this page (the navigation first, then its files): its path and where the service
 * worker's side of the browser took it from (Resource Timing's `workerFinalSourceType`, Chromium's
 * record of the Static Routing API: "cache" when a route answered from a cache without the worker's script).
 */
function responseSources(page: Page): Promise<{ path: string; source: string | undefined }[]> {
  return page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => ({
      path: new URL(entry.name).pathname,
      source: (entry as PerformanceResourceTiming & { workerFinalSourceType?: string }).workerFinalSourceType,
    })),
  );
}

async function expectAnswersBack(page: Page): Promise<void> {
  await expect(page.locator('#q-familyName')).toHaveValue('Zonderverbinding');
  await expect(page.locator('#q-givenNames')).toHaveValue('Johanna Maria');
  await expect(page.locator('#q-bsn')).toHaveValue('111222333');
}

/** The real server with a copy of the build of its own, so a test can deploy a new version on it. */
interface Deployment {
  readonly url: string;
  /** Puts a new build in place: its sw.js differs from the running one by a comment, as a rebuild's would by its file list. */
  deployNewVersion(): void;
  /** Puts a new build in place whose page (index.html) changed too: it carries `NEW_SHELL_MARK`, and sw.js its new revision. */
  deployNewShell(): void;
}

/** What a changed index.html carries in the tests, as a new build's would carry other file names. */
const NEW_SHELL_MARK = '<meta name="hulploket-test-version" content="next" />';
const showsNewShell = (page: Page) => page.evaluate(() => document.querySelector('meta[name="hulploket-test-version"]') !== null);

async function startDeployment(): Promise<Deployment & { stop(): Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'hulploket-update-'));
  const appDir = join(root, 'app');
  cpSync('dist/app', appDir, { recursive: true });
  const service = await startOwnService({ dataDir: join(root, 'data'), appDir });
  return {
    url: service.url,
    deployNewVersion: () => {
      appendFileSync(join(appDir, 'sw.js'), '\n// the next version\n');
      // A real build writes fresh compressed copies too; drop the old ones so they are not served instead.
      for (const copy of ['sw.js.br', 'sw.js.gz']) rmSync(join(appDir, copy), { force: true });
    },
    deployNewShell: () => {
      const page = join(appDir, 'index.html');
      writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', `${NEW_SHELL_MARK}</head>`));
      const worker = join(appDir, 'sw.js');
      const before = readFileSync(worker, 'utf8');
      // The precache list's entry for the page, `{url:"/index.html",revision:"<16 hex>"}` in any quotes: a new revision.
      const after = before.replace(/(\/index\.html["'`],revision:["'`])[0-9a-f]{16}/, '$10123456789abcdef');
      expect(after, 'sw.js lists index.html with a revision').not.toBe(before);
      writeFileSync(worker, after);
      for (const copy of ['index.html.br', 'index.html.gz', 'sw.js.br', 'sw.js.gz']) rmSync(join(appDir, copy), { force: true });
    },
    async stop() {
      await service.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Tests whose relative addresses go to a deployment of their own. */
const onOwnDeployment = test.extend<{ deployment: Deployment }>({
  deployment: async ({}, use) => {
    const deployment = await startDeployment();
    await use(deployment);
    await deployment.stop();
  },
  baseURL: async ({ deployment }, use) => use(deployment.url),
});

/** Asks the browser to look for a new version now, as it does by itself when a page loads. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())?.update()));
}

const updateNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van de app.' });

test.describe('after one visit online, without a network', () => {
  test('the app starts, a deep link to a step opens, and answers typed offline are back after a reload', async ({ context, page }) => {
    await visitOnceOnline(page);
    await context.setOffline(true);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Wat wilt u aanvragen?' })).toBeVisible();

    // A question's address opened directly leads to the consent screen first, offline too.
    await page.goto('/aanvraag/gehandicaptenparkeerkaart/stap/cardKind');
    await giveConsent(page);
    await expect(page).toHaveTitle(/^Stap 1 van \d+: /);
    await expect(page.getByLabel('Bestuurderskaart', { exact: true })).toBeVisible();

    await typeSomeAnswers(page);
    await page.reload();
    await expectAnswersBack(page);
  });

  test('a whole parking-card application is filled in up to the check page', async ({ context, page }) => {
    await visitOnceOnline(page);
    await context.setOffline(true);
    await page.reload();

    await startApplication(page);
    await completeWithKeyboard(page, permit, answers);
    await expect(page.getByText(String(answers.limitationDescription))).toBeVisible();
  });

  test('the start screen and its code come straight from the cache, without waiting for the service worker to start', async ({ context, page }) => {
    await visitOnceOnline(page);
    await context.setOffline(true);
    await stopServiceWorkers(context, page);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Wat wilt u aanvragen?' })).toBeVisible();
    const routed = async () => (await responseSources(page)).filter(({ path }) => path === '/' || path.startsWith('/assets/'));
    // The device's code comes after the first paint, a chunk and then the chunks it imports: wait until they are in too.
    await expect.poll(async () => (await routed()).length, { message: 'the page and its scripts and styles' }).toBeGreaterThan(5);
    const sources = await routed();
    expect(sources[0]?.path, 'the navigation').toBe('/');
    expect(sources.filter(({ source }) => source !== 'cache')).toEqual([]);
    expect(await controlled(page)).toBe(true);
  });

  test('the intake API is never answered from a cache', async ({ context, page }) => {
    await visitOnceOnline(page);
    const health = () => page.evaluate(() => fetch('/api/v1/health').then((response) => response.status, () => 'unreachable'));
    expect(await health()).toBe(200);

    await context.setOffline(true);
    expect(await health()).toBe('unreachable');
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
      return urls;
    });
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);
  });
});

test('the app can be installed: Chromium finds nothing missing, and the manifest, its icons and start_url work offline', async ({ playwright, baseURL }, testInfo) => {
  // A profile on disk: Chromium does not offer to install from a private (incognito) window.
  const profile = mkdtempSync(join(tmpdir(), 'hulploket-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await visitOnceOnline(page);
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);

    // Offline, the service worker answers for the manifest (both addresses), every icon and start_url.
    await context.setOffline(true);
    const { startUrl, missing } = await page.evaluate(async () => {
      const manifestUrl = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '';
      const response = await fetch(manifestUrl).catch(() => undefined);
      const manifest = (await response?.json()) as { start_url: string; icons: { src: string }[] } | undefined;
      const wanted = [manifestUrl, '/manifest.webmanifest', ...(manifest?.icons ?? []).map((icon) => new URL(icon.src, manifestUrl).href)];
      const missing = [];
      for (const url of wanted) if (!(await fetch(url).then((answer) => answer.ok, () => false))) missing.push(url);
      return { startUrl: manifest?.start_url ?? '(no manifest)', missing };
    });
    expect(missing).toEqual([]);
    await page.goto(startUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Wat wilt u aanvragen?' })).toBeVisible();
    expect(await controlled(page)).toBe(true);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

onOwnDeployment.describe('a new version deployed while a form is half filled', () => {
  onOwnDeployment('the old page keeps working, nothing is lost, and the update waits until the person agrees', async ({ deployment, page }) => {
    await visitOnceOnline(page);
    await typeSomeAnswers(page);
    // Gone after any reload: proof that the page was not reloaded behind the person's back.
    await page.evaluate(() => Object.assign(window, { samePage: true }));

    deployment.deployNewVersion();
    await checkForUpdate(page);
    await expect(updateNotice(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nu bijwerken' })).toBeVisible();

    // The notice moved nothing: focus stays in the field last typed in, every answer is there, the page
    // is the same page, and the old version still serves it while the new one waits.
    await expect(page.locator('#q-familyName')).toBeFocused();
    await expectAnswersBack(page);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => 'samePage' in window)).toBe(true);
    expect(await versionWaiting(page)).toBe(true);

    // The old page keeps working: the person finishes the step and starts on the next.
    await page.locator('#q-dateOfBirth').fill('15-06-1950');
    await page.locator('#q-dateOfBirth').press('Enter');
    await expect(page).toHaveTitle(/^Stap 4 van \d+: /);
    await expect(updateNotice(page)).toBeVisible();
    expect(await page.evaluate(() => 'samePage' in window)).toBe(true);

    // The person agrees right after typing (sooner than the autosave's half second): the answers are
    // saved first, then the new version takes over and the page reloads, once.
    await page.locator('#q-homeAddress-postcode').fill('1234 AB');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Nu bijwerken' }).click()]);
    expect(await page.evaluate(() => 'samePage' in window)).toBe(false);
    await expect.poll(() => versionWaiting(page)).toBe(false);
    expect(await controlled(page)).toBe(true);
    await expect(page.locator('#q-homeAddress-postcode')).toHaveValue('1234 AB');
    await expect(updateNotice(page)).toHaveCount(0);
    await page.goBack();
    await expectAnswersBack(page);
    await expect(page.locator('#q-dateOfBirth')).toHaveValue('15-06-1950');
  });

  onOwnDeployment('a changed page reaches the start address only with its version, online and offline', async ({ context, deployment, page }) => {
    await visitOnceOnline(page);
    deployment.deployNewShell();
    await checkForUpdate(page);
    await expect(updateNotice(page)).toBeVisible();

    // While the new version waits, the start address is the old version's page, from its own copy.
    await page.goto('/');
    expect(await showsNewShell(page)).toBe(false);
    expect(await versionWaiting(page)).toBe(true);

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Nu bijwerken' }).click()]);
    await expect.poll(() => versionWaiting(page)).toBe(false);
    expect(await showsNewShell(page)).toBe(true);

    // Offline, with the worker stopped, the browser answers the start address with the new page, and the old copy is gone.
    await context.setOffline(true);
    await stopServiceWorkers(context, page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Wat wilt u aanvragen?' })).toBeVisible();
    expect(await showsNewShell(page)).toBe(true);
    expect((await responseSources(page))[0]).toEqual({ path: '/', source: 'cache' });
    const shellCopies = await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('hulploket-app-shell-')).length);
    expect(shellCopies).toBe(1);
  });

  onOwnDeployment('the update is applied by itself at the next start, with every answer back', async ({ context, deployment, page }) => {
    await visitOnceOnline(page);
    await typeSomeAnswers(page);
    deployment.deployNewVersion();
    await checkForUpdate(page);
    await expect(updateNotice(page)).toBeVisible();

    // The app is closed and opened again: the browser starts the new version, nobody had to agree.
    await page.close();
    const again = await context.newPage();
    await again.goto('/aanvraag/gehandicaptenparkeerkaart/stap/personalDetails');
    await expectAnswersBack(again);
    await expect.poll(() => versionWaiting(again)).toBe(false);
    expect(await controlled(again)).toBe(true);
    await expect(updateNotice(again)).toHaveCount(0);
  });
});
