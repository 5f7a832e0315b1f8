import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import budgets from './budgets.json';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import type { Figure, Method } from './Figure';
import { percentile } from './percentile';

/**
 * The pages Lighthouse audits: the start screen and the first question step, loaded directly. With
 * the storage reset of every run the step's address shows the consent screen first, as it
 * does for anyone who opens it without having said yes.
 */
export const LIGHTHOUSE_PAGES = ['/', '/aanvraag/gehandicaptenparkeerkaart/stap/cardKind'] as const;

/** Runs per page; each figure is the median of these. */
const RUNS = 3;
/**
 * Attempts per run: Lighthouse sometimes loses the trace of a load on a busy machine
 * (`NO_NAVSTART`, "Please run Lighthouse again"); such a run is repeated, and the retry is noted.
 */
const ATTEMPTS = 3;

/** One Lighthouse run's figures: scores 0–100, LCP and TBT in ms, CLS unitless. */
export interface LighthouseRun {
  readonly path: string;
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  /** Lighthouse's own warnings about the run (e.g. a page that kept loading). */
  readonly warnings: readonly string[];
  /** Scored audits below full marks, as `category: audit id (display value)`: where the points went. */
  readonly shortfalls: readonly string[];
  /** Lighthouse's estimated savings (ms of LCP/FCP) per opportunity, largest first. */
  readonly opportunities: readonly string[];
}

export const lighthouseMethods: readonly Method[] = [
  {
    id: 'L1',
    text:
      `Lighthouse 12.2.3 (Node API) driving Debian's Chromium (headless=new, launched by chrome-launcher), default ` +
      `config: mobile form factor and screen, simulated throttling (Lantern: 4× CPU slowdown, 150 ms RTT, ` +
      `1.6 Mbit/s down), storage reset before each run, so each run is a first visit. Categories performance, ` +
      `accessibility, best-practices. ${RUNS} runs per page, interleaved between the pages; each figure is the ` +
      `median of its ${RUNS} values taken on its own (not the figures of one "median run").`,
  },
];

/**
 * Lighthouse on the start screen and on a question step, against the running
 * service at `origin`. One Chromium for all runs; Lighthouse opens a fresh tab per run.
 */
export async function measureLighthouse(origin: string, log: (line: string) => void): Promise<{ runs: LighthouseRun[]; figures: Figure[] }> {
  // chrome-launcher reads CHROME_PATH when no chromePath is given; set both so nothing looks elsewhere.
  process.env.CHROME_PATH = CHROMIUM_PATH;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  const runs: LighthouseRun[] = [];
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    };
    for (let run = 1; run <= RUNS; run++) {
      for (const pagePath of LIGHTHOUSE_PAGES) {
        log(`lighthouse ${pagePath} run ${run}/${RUNS}`);
        runs.push(await auditWithRetry(`${origin}${pagePath}`, pagePath, flags, log));
      }
    }
  } finally {
    chrome.kill();
  }

  const figures: Figure[] = [];
  for (const pagePath of LIGHTHOUSE_PAGES) {
    const ofPage = runs.filter((run) => run.path === pagePath);
    const median = (pick: (run: LighthouseRun) => number) => percentile(ofPage.map(pick), 50);
    const section = `Lighthouse ${pagePath === '/' ? '/ (start)' : pagePath.replace('/aanvraag/gehandicaptenparkeerkaart', '…')}`;
    const method = 'L1';
    figures.push(
      { section, name: 'Performance', value: median((run) => run.performance), unit: 'score', budget: { limit: budgets.lighthousePerformanceMin, kind: 'min', key: 'lighthousePerformanceMin' }, method },
      { section, name: 'Accessibility', value: median((run) => run.accessibility), unit: 'score', budget: { limit: budgets.lighthouseAccessibilityMin, kind: 'min', key: 'lighthouseAccessibilityMin' }, method },
      { section, name: 'Best practices', value: median((run) => run.bestPractices), unit: 'score', budget: { limit: budgets.lighthouseBestPracticesMin, kind: 'min', key: 'lighthouseBestPracticesMin' }, method },
      { section, name: 'Largest Contentful Paint', value: median((run) => run.lcpMs), unit: 'ms', method },
      { section, name: 'Total Blocking Time', value: median((run) => run.tbtMs), unit: 'ms', method },
      { section, name: 'Cumulative Layout Shift', value: median((run) => run.cls), unit: '', method },
    );
  }
  return { runs, figures };
}

async function auditWithRetry(url: string, path: string, flags: Flags, log: (line: string) => void): Promise<LighthouseRun> {
  const failures: string[] = [];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const result = await lighthouse(url, flags);
    const error = result ? result.lhr.runtimeError : { code: 'NO_RESULT', message: 'Lighthouse returned nothing' };
    if (result && !error) {
      const run = figuresOfRun(path, result.lhr);
      return failures.length === 0 ? run : { ...run, warnings: [...run.warnings, ...failures.map((failure) => `retried after ${failure}`)] };
    }
    failures.push(`${error?.code}: ${error?.message}`);
    log(`lighthouse ${path}: ${error?.code}, ${attempt < ATTEMPTS ? 'again' : 'giving up'}`);
  }
  throw new Error(`Lighthouse could not audit ${path} in ${ATTEMPTS} attempts: ${failures.join('; ')}`);
}

function figuresOfRun(path: string, lhr: Result): LighthouseRun {
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${path}`);
    return Math.round(value * 100);
  };
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} value for ${path}`);
    return value;
  };
  return {
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    warnings: lhr.runWarnings.map(String),
    shortfalls: Object.entries(lhr.categories).flatMap(([category, { auditRefs }]) =>
      auditRefs.flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) return [];
        return [`${category}: ${ref.id}${audit.displayValue ? ` (${audit.displayValue})` : ''} score ${audit.score}`];
      }),
    ),
    opportunities: Object.values(lhr.audits)
      .flatMap((audit) => {
        const savings = audit.details?.type === 'opportunity' ? audit.details.overallSavingsMs : undefined;
        return savings && savings > 0 ? [{ id: audit.id, savings }] : [];
      })
      .sort((a, b) => b.savings - a.savings)
      .map(({ id, savings }) => `${id}: ${Math.round(savings)} ms`),
  };
}
