import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import budgets from './budgets.json';
import { CPU_THROTTLING_RATE, TRACE_CATEGORIES, TRACE_DIR } from './chromium';
import type { Figure, Method } from './Figure';
import { percentile } from './percentile';

/** Cold starts measured per address; the median of these is reported. */
const RUNS = 7;
/** How long a first visit may take to install the service worker. */
const INSTALL_TIMEOUT_MS = 15_000;
/**
 * What the app is opened on, and the element that shows it is ready for a person: the start
 * screen's permit links, or the parking card reopened on its first question (answered before).
 */
const STARTS = [
  {
    label: 'start screen',
    path: '/',
    ready: 'main a[href^="/aanvraag/"]',
    budget: { limit: budgets.offlineStartToStartScreenMedianMsAt4xCpu, kind: 'max', key: 'offlineStartToStartScreenMedianMsAt4xCpu' },
  },
  {
    label: 'first question',
    path: '/aanvraag/gehandicaptenparkeerkaart/stap/cardKind',
    ready: 'input[name="cardKind"]:checked:not([disabled])',
    budget: { limit: budgets.offlineStartToReopenedQuestionMedianMsAt4xCpu, kind: 'max', key: 'offlineStartToReopenedQuestionMedianMsAt4xCpu' },
  },
] as const;

declare global {
  interface Window {
    /** Written by the bench's init script below; absent in the real app. */
    __hulploketColdStartMs?: number;
  }
}

export interface OfflineStartResult {
  readonly cpuThrottlingRate: number;
  /** Per address: ms from navigation start to interactive, per run. */
  readonly runs: Readonly<Record<string, readonly number[]>>;
}

export const offlineStartMethods: readonly Method[] = [
  {
    id: 'O1',
    text:
      `Cold start offline: one Chromium context visits / online once and waits until the service worker controls ` +
      `the page; then the context goes offline (Playwright setOffline, which also cuts the worker's network). Each ` +
      `of ${RUNS} runs per address: every page closed, every service worker stopped (CDP ServiceWorker.stopAllWorkers), ` +
      `a new page at ${CPU_THROTTLING_RATE}× CPU slowdown opened on the address. Time from the navigation's start ` +
      `(performance.timeOrigin) until the ready element is in the page and a frame has passed after it ` +
      `(MutationObserver, then requestAnimationFrame and a task): everything comes from the precache, the drafts ` +
      `are read from IndexedDB first. For the first question, the online visit started a parking card (consent ` +
      `given, first question answered and saved), so the reopened step shows that answer. Median of the runs ` +
      `(nearest rank), slowest run beside it.`,
  },
];

/** Times a cold start of the app without a network, from the service worker's cache. */
export async function measureOfflineStart(browser: Browser, origin: string, log: (line: string) => void): Promise<{ result: OfflineStartResult; figures: Figure[] }> {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const runs: Record<string, number[]> = {};
  try {
    await installOnce(context, origin);
    await context.setOffline(true);
    for (const start of STARTS) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) times.push(await coldStart(context, origin, start));
      runs[start.label] = times;
      log(`offline start, ${start.label}: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms`);
      if (TRACE_DIR) {
        const trace = path.join(TRACE_DIR, `offline-start-${start.label.replace(/\W+/g, '-')}.json`);
        const ms = await coldStart(context, origin, start, { browser, path: trace });
        log(`offline start, ${start.label}: traced run ${ms.toFixed(0)} ms, trace written to ${path.relative(process.cwd(), trace)}`);
      }
    }
  } finally {
    await context.close();
  }
  const section = 'Offline start';
  const figures: Figure[] = STARTS.flatMap((start) => {
    const times = runs[start.label] ?? [];
    return [
      { section, name: `Cold start offline to the ${start.label} interactive (${start.path}), median of ${times.length}`, value: percentile(times, 50), unit: 'ms', ...('budget' in start ? { budget: start.budget } : {}), method: 'O1' },
      { section, name: `Cold start offline to the ${start.label}, slowest of ${times.length}`, value: percentile(times, 100), unit: 'ms', method: 'O1' },
    ];
  });
  return { result: { cpuThrottlingRate: CPU_THROTTLING_RATE, runs }, figures };
}

async function installOnce(context: BrowserContext, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const ready = await page.evaluate(
    (timeoutMs) => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs))]),
    INSTALL_TIMEOUT_MS,
  );
  if (!ready) throw new Error('No service worker became ready: the app cannot start offline');
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('The service worker does not control the page');
  // An application in progress on the tablet: consent given, the first question answered and saved.
  await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).click();
  await page.getByLabel('Met een brief', { exact: true }).check();
  await page.getByRole('button', { name: 'Ja, ik ga akkoord' }).click();
  // "Voor wie is deze aanvraag?" before the permit's own steps: for themselves.
  await page.locator('input[name="onBehalfOf"][value="self"]').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Bestuurderskaart', { exact: true }).check();
  await page.getByText(/^Opgeslagen om \d{2}:\d{2}$/).waitFor();
  await page.close();
}

async function coldStart(context: BrowserContext, origin: string, start: (typeof STARTS)[number], trace?: { browser: Browser; path: string }): Promise<number> {
  for (const open of context.pages()) await open.close();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
  await page.addInitScript((selector: string) => {
    const done = () => {
      requestAnimationFrame(() => setTimeout(() => (window.__hulploketColdStartMs = performance.now())));
    };
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      done();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, start.ready);
  if (trace) {
    mkdirSync(path.dirname(trace.path), { recursive: true });
    await trace.browser.startTracing(page, { path: trace.path, categories: [...TRACE_CATEGORIES] });
  }
  try {
    await page.goto(`${origin}${start.path}`);
    await page.waitForFunction(() => window.__hulploketColdStartMs !== undefined, undefined, { timeout: 30_000 });
  } finally {
    if (trace) await trace.browser.stopTracing();
  }
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('The offline start was not served by the service worker');
  const ms = await page.evaluate(() => window.__hulploketColdStartMs ?? Number.NaN);
  await cdp.detach();
  await page.close();
  return ms;
}
