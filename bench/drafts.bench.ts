import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { CPU_THROTTLING_RATE } from './chromium';
import type { DraftsMeasureOptions, DraftsMeasurement } from './drafts/measureDrafts';
import type { Figure, Method } from './Figure';
import { percentile } from './percentile';

const SAVES = 100;
const OPENINGS = 5;
/** Where the bench's page and module live at the app's origin; the service has no such path, the browser never asks it. */
const BENCH_PATH = '/__bench/drafts';

export interface DraftsResult {
  readonly chromium: DraftsMeasurement;
  readonly chromiumThrottled: DraftsMeasurement;
  readonly node: DraftsMeasurement;
}

export const draftsMethods: readonly Method[] = [
  {
    id: 'D1',
    text:
      `Real Chromium, real IndexedDB and WebCrypto at the app's origin: bench/drafts/page.ts (importing src/drafts) ` +
      `bundled with Vite and served with Playwright's page.route under ${BENCH_PATH}, with nothing else on the page. A ` +
      `draft of 60 answers (texts, dates, choices, addresses, lists, long texts) saved ${SAVES} times through ` +
      `createAutosaver: schedule(draft) + flush(), timed with performance.now() until the IndexedDB transaction ` +
      `completed (after 3 untimed saves; each save changes one answer). No CPU slowdown unless the row says so ` +
      `(${CPU_THROTTLING_RATE}× slows Chromium's main thread only).`,
  },
  {
    id: 'D2',
    text:
      `Same page as [D1], ${OPENINGS} cycles, median: sealAndStore (PBKDF2 for key and lookup id in parallel, AES-GCM ` +
      `seal, write), then openWithCode with the code as typed (PBKDF2 for the lookup id, then PBKDF2 for the key, one ` +
      `after the other; decrypt; write back). "PBKDF2" is one lookupIdFor(code): a single PBKDF2-HMAC-SHA-256 of ` +
      `PBKDF2_ITERATIONS iterations — the cost opening pays twice. WebCrypto runs it off the main thread, so no CPU ` +
      `slowdown is applied to these rows.`,
  },
  {
    id: 'D3',
    text:
      'Node (this machine) with fake-indexeddb (a JavaScript IndexedDB in memory) and Node\'s WebCrypto, same code ' +
      'and counts as [D1]/[D2]. Only for comparison: fake-indexeddb has nothing of Chromium\'s storage cost.',
  },
];

/**
 * Autosave and open-with-code timings of the drafts store, in Chromium at the app's
 * origin and, for comparison, in Node.
 */
export async function measureDraftsBench(browser: Browser, origin: string, log: (line: string) => void): Promise<{ result: DraftsResult; figures: Figure[] }> {
  log('drafts: bundling bench/drafts/page.ts');
  const script = await bundlePage();
  log('drafts: Chromium');
  const chromium = await inChromium(browser, origin, script, { saves: SAVES, openings: OPENINGS, databaseName: 'hulploket-bench' }, 1);
  log(`drafts: Chromium at ${CPU_THROTTLING_RATE}× CPU`);
  const chromiumThrottled = await inChromium(browser, origin, script, { saves: SAVES, openings: 0, databaseName: 'hulploket-bench' }, CPU_THROTTLING_RATE);
  log('drafts: Node with fake-indexeddb');
  const node = await inNode({ saves: SAVES, openings: OPENINGS, databaseName: 'hulploket-bench' });

  const figures: Figure[] = [
    ...autosaveFigures('Drafts, Chromium', chromium, 'D1', ''),
    ...autosaveFigures('Drafts, Chromium', chromiumThrottled, 'D1', ` at ${CPU_THROTTLING_RATE}× CPU`),
    ...openingFigures('Drafts, Chromium', chromium, 'D2'),
    ...autosaveFigures('Drafts, Node', node, 'D3', ''),
    ...openingFigures('Drafts, Node', node, 'D3'),
  ];
  return { result: { chromium, chromiumThrottled, node }, figures };
}

function autosaveFigures(section: string, measured: DraftsMeasurement, method: string, suffix: string): Figure[] {
  const what = `Autosave, ${measured.answerCount} answers (${(measured.draftJsonBytes / 1024).toFixed(1)} KB JSON)${suffix}`;
  return [
    { section, name: `${what}, p50 (n=${measured.autosaveMs.length})`, value: percentile(measured.autosaveMs, 50), unit: 'ms', method },
    { section, name: `${what}, p95`, value: percentile(measured.autosaveMs, 95), unit: 'ms', method },
  ];
}

function openingFigures(section: string, measured: DraftsMeasurement, method: string): Figure[] {
  const n = measured.openMs.length;
  return [
    { section, name: `Open a draft with its code, median (n=${n})`, value: percentile(measured.openMs, 50), unit: 'ms', method },
    { section, name: `Save with a code (seal), median (n=${n})`, value: percentile(measured.sealMs, 50), unit: 'ms', method },
    { section, name: `PBKDF2 ${measured.pbkdf2Iterations.toLocaleString('en')} iterations, median (n=${n})`, value: percentile(measured.pbkdf2Ms, 50), unit: 'ms', method },
  ];
}

/**
 * Bundles the browser entry with Vite into a temporary folder and returns the script. Built at run
 * time, so the page always runs the drafts code as it is in src/ now.
 */
async function bundlePage(): Promise<string> {
  // npm runs the bench from the repository root, where src/ and bench/ are.
  const root = process.cwd();
  const outDir = mkdtempSync(path.join(tmpdir(), 'hulploket-bench-drafts-'));
  try {
    await build({
      configFile: false,
      root,
      publicDir: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: { entry: path.join(root, 'bench/drafts/page.ts'), formats: ['es'], fileName: () => 'drafts.js' },
      },
    });
    return readFileSync(path.join(outDir, 'drafts.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Runs the measurement in a fresh context on an empty page at the app's origin. */
async function inChromium(browser: Browser, origin: string, script: string, options: DraftsMeasureOptions, cpuRate: number): Promise<DraftsMeasurement> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(`${origin}${BENCH_PATH}.html`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="nl"><title>bench</title><script type="module" src="${BENCH_PATH}.js"></script></html>` }),
    );
    await page.route(`${origin}${BENCH_PATH}.js`, (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: script }));
    await page.goto(`${origin}${BENCH_PATH}.html`);
    await page.waitForFunction(() => typeof window.hulploketMeasureDrafts === 'function');
    if (cpuRate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    return await page.evaluate((measureOptions) => {
      const measure = window.hulploketMeasureDrafts;
      if (!measure) throw new Error('The drafts bench module did not load');
      return measure(measureOptions);
    }, options);
  } finally {
    await context.close();
  }
}

async function inNode(options: DraftsMeasureOptions): Promise<DraftsMeasurement> {
  // Loaded only now: it puts a fake indexedDB on this process's globalThis.
  const { measureDraftsInNode } = await import('./drafts/inNode');
  return measureDraftsInNode(options);
}
