import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { attachmentsMethods, measureAttachments } from './attachments.bench';
import { measureDraftsBench, draftsMethods } from './drafts.bench';
import { isOverBudget, type Figure, type Method } from './Figure';
import { runIntakeBench } from './intake.bench';
import { intakeFigures, intakeMethods } from './intakeFigures';
import { interactionMethods, measureInteraction } from './interaction';
import { lighthouseMethods, measureLighthouse } from './lighthouse';
import { measureOfflineStart, offlineStartMethods } from './offlineStart';
import { formatTable } from './printTable';
import { startAppService, type RunningService } from './service';
import { measureSize, sizeMethods } from './size';

/**
 * `npm run bench` (README, "Measuring"): after `npm run build`, starts the production app with the intake
 * service on loopback, measures size, Lighthouse, interaction, the offline start, drafts, attachments and the
 * intake service one
 * after the other (never in parallel: they would slow each other down), prints one table and writes
 * it to bench/results/results.json. It reports and does not gate: figures over budget are marked
 * OVER and the exit code stays 0; it exits 1 only when a measurement could not be made.
 *
 * `npm run bench -- interaction drafts` measures only the sections named (see `SECTIONS`) and writes
 * bench/results/results-interaction-drafts.json, so chasing one figure neither takes the whole
 * bench's minutes nor overwrites the last full results.
 */
const RESULTS_DIR = path.resolve('bench/results');
const BUILT_APP = path.resolve('dist/app');
/** The measurements in the order they run; each can be chosen alone by its name (`offline-start` for `offline start`). */
const SECTIONS = ['size', 'lighthouse', 'interaction', 'offline start', 'drafts', 'attachments', 'intake'] as const;
type SectionName = (typeof SECTIONS)[number];

const log = (line: string) => process.stderr.write(`· ${line}\n`);

/** Runs one chosen measurement; a failure is reported and the others still run. */
type Section = (name: SectionName, work: () => Promise<void>) => Promise<void>;

interface SectionError {
  readonly section: string;
  readonly message: string;
}

async function main(): Promise<number> {
  const chosen = chosenSections(process.argv.slice(2));
  if (typeof chosen === 'string') {
    console.error(chosen);
    return 2;
  }
  const started = Date.now();
  // Other work on the machine slows every timing here; the load average says how much there was.
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const figures: Figure[] = [];
  const raw: Record<string, unknown> = {};
  const errors: SectionError[] = [];
  const section: Section = async (name, work) => {
    if (!chosen.includes(name)) return;
    const sectionStart = Date.now();
    try {
      await work();
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      errors.push({ section: name, message });
      figures.push({ section: name, name: 'could not be measured (error printed above the table)', value: null, display: 'ERROR', unit: '', method: '' });
      console.error(`\n${name} could not be measured:\n${message}\n`);
    }
    log(`${name}: ${((Date.now() - sectionStart) / 1000).toFixed(0)} s`);
  };

  // The intake section starts its own services; the others measure the app in Chromium.
  if (chosen.some((name) => name !== 'intake')) await measureApp(section, figures, raw);
  // Starts its own service processes (with a test-only file form), after the app's has stopped.
  await section('intake', async () => {
    log('intake: fsync rate, 2 × 10 s of autocannon per storage (SQLite; PostgreSQL ×1 and ×2 with POSTGRES_ADMIN_URL) and one 25 MB upload');
    const result = await runIntakeBench({ resultFile: false, print: false });
    raw.intake = result;
    figures.push(...intakeFigures(result));
  });

  const methods: Method[] = [...sizeMethods, ...lighthouseMethods, ...interactionMethods, ...offlineStartMethods, ...draftsMethods, ...attachmentsMethods, ...intakeMethods];
  const environment = {
    node: process.version,
    chromium: chromiumVersion(),
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    loadAverage1Min: { atStart: loadAtStart, atEnd: loadavg()[0] ?? Number.NaN },
  };
  console.log(`\nHulploket Vergunningen — npm run bench, ${new Date().toISOString()}`);
  console.log(`Node ${environment.node}, ${environment.chromium}, ${environment.cpu}, ${environment.durationSeconds} s`);
  console.log(`Load average (1 min) ${loadAtStart.toFixed(2)} at start, ${environment.loadAverage1Min.atEnd.toFixed(2)} at end: other work on this machine slows the timings.\n`);
  console.log(formatTable(figures, methods));
  const over = figures.filter(isOverBudget);
  console.log(`\n${over.length === 0 ? 'All figures within budget.' : `${over.length} figure(s) over budget (reported, not gated).`}`);
  if (errors.length > 0) console.log(`Not measured: ${errors.map((error) => error.section).join(', ')} (see above).`);

  const resultFile = path.join(RESULTS_DIR, chosen.length === SECTIONS.length ? 'results.json' : `results-${chosen.map(argumentName).join('-')}.json`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const result = {
    measuredAt: new Date().toISOString(),
    sections: chosen,
    environment,
    figures: figures.map((figure) => ({ ...figure, over: isOverBudget(figure) })),
    methods,
    errors,
    raw,
  };
  writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Written to ${path.relative(process.cwd(), resultFile)}`);
  return errors.length > 0 ? 1 : 0;
}

/** Starts the built app with its intake service and runs the chosen sections that measure it in Chromium. */
async function measureApp(section: Section, figures: Figure[], raw: Record<string, unknown>): Promise<void> {
  log('starting the app and the intake service (dist/server/main.js)');
  const service: RunningService = await startAppService(BUILT_APP);
  const stopOnSignal = () => void service.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  let browser: Browser | undefined;
  try {
    log(`service at ${service.origin}`);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    const opened = browser;
    await section('size', async () => {
      const { result, figures: sized } = await measureSize(service.appDir, service.origin, opened);
      raw.size = result;
      figures.push(...sized);
    });
    // Lighthouse drives its own Chromium through chrome-launcher; Playwright's waits idle, without pages.
    await section('lighthouse', async () => {
      const { runs, figures: scored } = await measureLighthouse(service.origin, log);
      raw.lighthouse = runs;
      figures.push(...scored);
    });
    await section('interaction', async () => {
      const { result, figures: timed } = await measureInteraction(opened, service.origin, service.token, log);
      raw.interaction = result;
      figures.push(...timed);
    });
    await section('offline start', async () => {
      const { result, figures: timed } = await measureOfflineStart(opened, service.origin, log);
      raw.offlineStart = result;
      figures.push(...timed);
    });
    await section('drafts', async () => {
      const { result, figures: timed } = await measureDraftsBench(opened, service.origin, log);
      raw.drafts = result;
      figures.push(...timed);
    });
    await section('attachments', async () => {
      const { result, figures: timed } = await measureAttachments(opened, service.origin, log);
      raw.attachments = result;
      figures.push(...timed);
    });
  } finally {
    await browser?.close();
    await service.stop();
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
  }
}

/** A section's name as a command-line argument: one word, `offline start` as `offline-start`. */
function argumentName(name: SectionName): string {
  return name.replace(' ', '-');
}

/** The sections named on the command line, in their running order (all when none is named), or a usage message. */
function chosenSections(args: readonly string[]): readonly SectionName[] | string {
  const unknown = args.filter((arg) => !SECTIONS.some((name) => argumentName(name) === arg));
  if (unknown.length > 0) {
    return `Unknown section ${unknown.join(', ')}. Usage: npm run bench [-- <section>...], sections: ${SECTIONS.map(argumentName).join(', ')} (all when none is named).`;
  }
  return args.length === 0 ? SECTIONS : SECTIONS.filter((name) => args.includes(argumentName(name)));
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `Chromium at ${CHROMIUM_PATH}`;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
