import type { Browser, Page } from '@playwright/test';
import { JPEG_QUALITY, MAX_IMAGE_SIDE_PX } from '../src/attachments';
import { drawCameraPhoto } from '../tests/fixtures/drawCameraPhoto';
import { filesOnDevice } from '../tests/fixtures/filesOnDevice';
import type { Figure, Method } from './Figure';
import { percentile } from './percentile';

const RUNS = 5;
const PHOTO_STEP = '/aanvraag/gehandicaptenparkeerkaart/stap/passportPhoto';

/** One photo chosen in the real app, from the input's `change` to "… is toegevoegd." in its status. */
interface PhotoRun {
  /** ms. */
  readonly chosenToListedMs: number;
  /** Main-thread tasks over 50 ms between the two (Long Tasks API), ms each. */
  readonly longTasksMs: readonly number[];
  /** Longest time between two animation frames in that span, ms: what a person would see as a freeze. */
  readonly maxFrameGapMs: number;
  readonly resultBytes: number;
  readonly resultWidth: number;
  readonly resultHeight: number;
}

export interface AttachmentsResult {
  readonly photoBytes: number;
  readonly runs: readonly PhotoRun[];
}

export const attachmentsMethods: readonly Method[] = [
  {
    id: 'A1',
    text:
      'Real Chromium, the production app at the service\'s origin, the parking card\'s passport-photo step. A 4000 × 3000 ' +
      '(12 MP) JPEG at quality 0.95 (gradients, 400 shapes, ±12 noise: compresses like a camera photo) is drawn on an ' +
      `OffscreenCanvas in the page, then chosen through Playwright's file chooser, ${RUNS} times on a fresh page each, median. ` +
      `Timed in the page from the input's change event to the polite status "… is toegevoegd." (content check, decode, ` +
      `shrink to ${MAX_IMAGE_SIDE_PX} px and JPEG ${JPEG_QUALITY} in a Web Worker with OffscreenCanvas, IndexedDB write, render). ` +
      'Blocking: PerformanceObserver "longtask" entries (> 50 ms) that start in that span (not the task in which ' +
      'Playwright hands the 5 MB file to the input) and the longest gap between requestAnimationFrame callbacks in it. Result read back from IndexedDB. No CPU slowdown (CDP throttling would not slow the worker).',
  },
];

/** Shrinking a camera photo on the tablet: how long, how small, and whether the page stays responsive. */
export async function measureAttachments(browser: Browser, origin: string, log: (line: string) => void): Promise<{ result: AttachmentsResult; figures: Figure[] }> {
  const drawing = await browser.newContext({ baseURL: origin });
  const photo = await drawing.newPage().then(async (page) => {
    await page.goto('/');
    return drawCameraPhoto(page);
  });
  await drawing.close();
  const runs: PhotoRun[] = [];
  for (let run = 1; run <= RUNS; run++) {
    log(`attachments: photo ${run} of ${RUNS}`);
    // A fresh context each time: an empty device database, so every run keeps the photo from scratch.
    const context = await browser.newContext({ baseURL: origin });
    try {
      runs.push(await choosePhoto(await context.newPage(), photo));
    } finally {
      await context.close();
    }
  }
  return { result: { photoBytes: photo.length, runs }, figures: figuresOf(photo.length, runs) };
}

async function choosePhoto(page: Page, photo: Buffer): Promise<PhotoRun> {
  // As a citizen starts: the permit, the consent screen, then (in the page) the photo step.
  await page.goto('/');
  await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).click();
  await page.getByLabel('Met een brief', { exact: true }).check();
  await page.getByRole('button', { name: 'Ja, ik ga akkoord' }).click();
  await page.waitForURL(/\/stap\//);
  await page.evaluate((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, PHOTO_STEP);
  await page.locator('#q-passportPhoto').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const probe = { start: 0, end: 0, longTasks: [] as Array<{ start: number; duration: number }>, frames: [] as number[] };
    (window as unknown as { benchProbe: typeof probe }).benchProbe = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    const input = document.getElementById('q-passportPhoto') as HTMLInputElement;
    input.addEventListener('change', () => void (probe.start = performance.now()), { capture: true, once: true });
    const status = input.closest('.hv-file-field')?.querySelector('[role="status"]') as HTMLElement;
    new MutationObserver(() => {
      if (probe.start > 0 && probe.end === 0 && status.textContent?.includes('is toegevoegd')) probe.end = performance.now();
    }).observe(status, { childList: true, characterData: true, subtree: true });
    const frame = (time: number) => {
      probe.frames.push(time);
      if (probe.end === 0) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Kies een bestand', { exact: true }).click();
  await (await chooser).setFiles({ name: 'IMG_20261129_101500.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.waitForFunction(() => (window as unknown as { benchProbe: { end: number } }).benchProbe.end > 0, undefined, { timeout: 120_000 });
  const probe = await page.evaluate(() => (window as unknown as { benchProbe: { start: number; end: number; longTasks: Array<{ start: number; duration: number }>; frames: number[] } }).benchProbe);
  const frames = [probe.start, ...probe.frames.filter((time) => time > probe.start && time < probe.end), probe.end];
  const [kept] = await filesOnDevice(page);
  if (!kept?.width || !kept.height) throw new Error('The photo was not kept on the device');
  return {
    chosenToListedMs: probe.end - probe.start,
    // Tasks that start once the page has the file: the one that hands the file over (Playwright
    // copying 5 MB into the input, ending with the change event) is the test harness, not the app.
    longTasksMs: probe.longTasks.filter((task) => task.start >= probe.start && task.start < probe.end).map((task) => task.duration),
    maxFrameGapMs: Math.max(...frames.slice(1).map((time, index) => time - (frames[index] ?? time))),
    resultBytes: kept.size,
    resultWidth: kept.width,
    resultHeight: kept.height,
  };
}

function figuresOf(photoBytes: number, runs: readonly PhotoRun[]): Figure[] {
  const section = 'Attachments, Chromium';
  const median = (values: number[]) => percentile(values, 50);
  const last = runs.at(-1);
  const n = `n=${runs.length}`;
  return [
    { section, name: `12 MP photo (4000 × 3000, ${(photoBytes / 1024 / 1024).toFixed(1)} MB) chosen → shrunk, kept and listed, median (${n})`, value: median(runs.map((run) => run.chosenToListedMs)), unit: 'ms', method: 'A1' },
    { section, name: `Its size after shrinking (${last?.resultWidth ?? '?'} × ${last?.resultHeight ?? '?'} px JPEG), median`, value: median(runs.map((run) => run.resultBytes / 1024)), unit: 'KB', method: 'A1' },
    { section, name: 'Main-thread long tasks (> 50 ms) while it runs, median count', value: median(runs.map((run) => run.longTasksMs.length)), unit: 'count', method: 'A1' },
    { section, name: 'Longest main-thread task while it runs, worst run', value: Math.max(0, ...runs.flatMap((run) => run.longTasksMs)), unit: 'ms', method: 'A1' },
    { section, name: 'Longest gap between frames while it runs, median', value: median(runs.map((run) => run.maxFrameGapMs)), unit: 'ms', method: 'A1' },
  ];
}
