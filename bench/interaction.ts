import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { examples } from '../src/definitions/gehandicaptenparkeerkaart/examples';
import { findDefinition, onBehalfStep } from '../src/definitions';
import { todayIso, visiblePlan, type AddressAnswer, type AnswerValue, type Answers, type FileAnswer, type PermitDefinition, type PermitExamples, type Question } from '../src/wizard';
import { exampleFilePath } from '../tests/fixtures/exampleFiles';
import budgets from './budgets.json';
import { CPU_THROTTLING_RATE, measureWindowInsets, showWholeViewport, TRACE_CATEGORIES, TRACE_DIR, type WindowInsets } from './chromium';
import type { Figure, Method } from './Figure';
import { percentile } from './percentile';

/** Times each example application is walked; more rounds give the p95 more samples. */
const ROUNDS = 2;
/**
 * Pause after each typed character (ms): a fast typist's pace (~10 characters a second). Typing
 * back-to-back would queue keystrokes behind each other's rendering and measure the queue.
 */
const KEY_GAP_MS = 100;
/** Event Timing's smallest allowed threshold: shorter interactions are not reported at all. */
const EVENT_TIMING_THRESHOLD_MS = 16;
/** How much later than its next frame a keystroke's Event Timing may end before the note calls the frame not shown in time. */
const UNSHOWN_FRAME_MS = 100;
/** Mutable records the page writes into while it is walked (see `instrumentPage`). */
interface StepChangeRecord {
  from: string;
  to: string;
  /** `event.timeStamp` of the Enter keydown on "Volgende" (same clock as `performance.now()`). */
  startMs: number;
  /** From `startMs` to the `focusin` of the new page's `<h1>`. */
  focusMs: number;
  /** From `startMs` to the first frame after that focus (rAF, then a task); null until it ran. */
  paintAfterFocusMs: number | null;
}
interface KeystrokeRecord {
  /** `event.key`: the character typed, or a key's name (Space, Delete). */
  key: string;
  /** Where it was typed, so a slow one can be found again: the page's path and the target's id (an option's `name=value`). */
  path: string;
  field: string;
  /** The caret's offset before the key (0 = the first character of the box); null outside text boxes. */
  position: number | null;
  startMs: number;
  /** From `event.timeStamp` to the first frame after the keydown (rAF, then a task). */
  nextPaintMs: number | null;
}
interface EventTimingRecord {
  name: string;
  interactionId: number;
  startTime: number;
  duration: number;
}
interface PageRecord {
  stepChanges: StepChangeRecord[];
  keystrokes: KeystrokeRecord[];
  eventTimings: EventTimingRecord[];
}

declare global {
  interface Window {
    /** Written by the bench's init script (bench/interaction.ts); absent in the real app. */
    __hulploketBench?: PageRecord;
  }
}

export interface InteractionResult {
  readonly cpuThrottlingRate: number;
  readonly rounds: number;
  /** Per "Volgende": ms to the new `<h1>` focused, to the frame after it, and Event Timing's duration (null below 16 ms). */
  readonly stepChanges: readonly { from: string; to: string; focusMs: number; paintAfterFocusMs: number | null; eventTimingMs: number | null }[];
  /** Per keystroke while answering: ms to the next frame, and Event Timing's duration of its interaction (null below 16 ms). */
  readonly keystrokes: readonly KeystrokeTiming[];
}

/** One keystroke's timings and where it happened, so an outlier can be found again. */
export interface KeystrokeTiming {
  /** `character` for a typed character (see `character`), else the key's name (Space, Delete). */
  readonly key: string;
  readonly character: string | null;
  /** The example (`examples.ts`) and the round of the walk it was typed in. */
  readonly example: string;
  readonly round: number;
  /** The step's id (from `/stap/<id>`), or the page's path outside the steps. */
  readonly step: string;
  /** The target's id (`q-<question>` or `q-<question>-<part>`), or an option's `name=value`. */
  readonly field: string;
  /** 1 for the first character of the box, and so on; null outside text boxes. */
  readonly characterNumber: number | null;
  readonly nextPaintMs: number | null;
  readonly eventTimingMs: number | null;
}

export const interactionMethods: readonly Method[] = [
  {
    id: 'I1',
    text:
      `Chromium via Playwright at ${CPU_THROTTLING_RATE}× CPU slowdown (CDP Emulation.setCPUThrottlingRate), 768×1024 ` +
      `viewport in a window grown by headless Chromium's unseen toolbar, so all of it is presented, tablet linked at /koppelen first. Every parking-card example (src/definitions/gehandicaptenparkeerkaart/` +
      `examples.ts) walked ${ROUNDS}× from the start screen to the check page with the keyboard, "Voor wie is deze aanvraag?" (for themselves) included: text typed one character ` +
      `every ${KEY_GAP_MS} ms, options chosen with Space, then Enter on "Volgende". Start: the \`timeStamp\` of that ` +
      `Enter keydown (captured on window; the moment the input event was created, so waiting behind a busy main ` +
      `thread counts). End: performance.now() in a capturing \`focusin\` listener when the next page's <h1> gets ` +
      `focus — the app moves focus there after rendering the step (WCAG 2.4.3), which is when a screen reader ` +
      `announces it; that it is a new page's heading is checked by the address one microtask later, as the app writes ` +
      `the history right after the render. "Painted" adds the first frame after that focus (requestAnimationFrame, then setTimeout 0). ` +
      `Includes the last step's move to the check page. Nearest-rank percentiles.`,
  },
  {
    id: 'I2',
    text:
      `Event Timing API (what INP is made of): a PerformanceObserver on "event" entries with durationThreshold ` +
      `${EVENT_TIMING_THRESHOLD_MS} (the smallest allowed), grouped by interactionId; an interaction's duration is its ` +
      `longest entry (keydown/keypress/keyup), from the input's timestamp to the next paint after its handlers, ` +
      `rounded by the browser to 8 ms. Interactions under ${EVENT_TIMING_THRESHOLD_MS} ms are not reported and count ` +
      `as "<${EVENT_TIMING_THRESHOLD_MS}". Keystrokes: every key typed or pressed while answering (not Enter on ` +
      `"Volgende", which is in the step figures). Same walks as [I1].`,
  },
  {
    id: 'I3',
    text:
      'Keystroke to next frame measured inside the page for every keystroke (also those under 16 ms): from the ' +
      'keydown `timeStamp` to a setTimeout(0) queued from the next requestAnimationFrame, i.e. just after the frame ' +
      'that shows the keystroke. Same walks as [I1].',
  },
];

/**
 * How quickly the wizard answers the keyboard on a slow device: moving to the
 * next step and showing a typed character, over whole parking-card applications.
 */
export async function measureInteraction(browser: Browser, origin: string, token: string, log: (line: string) => void): Promise<{ result: InteractionResult; figures: Figure[] }> {
  const permit = findDefinition('gehandicaptenparkeerkaart');
  if (!permit) throw new Error('The parking card definition is missing');
  const stepChanges: InteractionResult['stepChanges'][number][] = [];
  const keystrokes: InteractionResult['keystrokes'][number][] = [];
  const insets = await measureWindowInsets(browser);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, example] of Object.entries(examples as PermitExamples)) {
      log(`interaction: ${name}, round ${round}/${ROUNDS}`);
      const trace = TRACE_DIR && path.join(TRACE_DIR, `${name}-round${round}.json`);
      const record = await walkApplication(browser, origin, token, permit, example(todayIso()), insets, trace);
      if (trace) log(`interaction: trace written to ${path.relative(process.cwd(), trace)}`);
      const longest = longestByInteraction(record.eventTimings);
      const timingOf = (startMs: number) => {
        const entry = record.eventTimings.find((timing) => Math.abs(timing.startTime - startMs) < 1);
        return entry ? (longest.get(entry.interactionId) ?? entry.duration) : null;
      };
      for (const change of record.stepChanges) {
        stepChanges.push({ from: change.from, to: change.to, focusMs: change.focusMs, paintAfterFocusMs: change.paintAfterFocusMs, eventTimingMs: timingOf(change.startMs) });
      }
      for (const keystroke of record.keystrokes) {
        const typed = keystroke.key.length === 1;
        keystrokes.push({
          key: typed ? 'character' : keystroke.key,
          character: typed ? keystroke.key : null,
          example: name,
          round,
          step: /\/stap\/([^/]+)$/.exec(keystroke.path)?.[1] ?? keystroke.path,
          field: keystroke.field,
          characterNumber: keystroke.position === null ? null : keystroke.position + 1,
          nextPaintMs: keystroke.nextPaintMs,
          eventTimingMs: timingOf(keystroke.startMs),
        });
      }
    }
  }

  const section = `Interaction (${CPU_THROTTLING_RATE}× CPU)`;
  const focus = stepChanges.map((change) => change.focusMs);
  const painted = stepChanges.flatMap((change) => (change.paintAfterFocusMs === null ? [] : [change.paintAfterFocusMs]));
  const nextFrame = keystrokes.flatMap((keystroke) => (keystroke.nextPaintMs === null ? [] : [keystroke.nextPaintMs]));
  const figures: Figure[] = [
    { section, name: `"Volgende" → next heading focused, p50 (n=${focus.length})`, value: percentile(focus, 50), unit: 'ms', method: 'I1' },
    {
      section,
      name: `"Volgende" → next heading focused, p95 (n=${focus.length})`,
      value: percentile(focus, 95),
      unit: 'ms',
      budget: { limit: budgets.stepChangeP95MsAt4xCpu, kind: 'max', key: 'stepChangeP95MsAt4xCpu' },
      method: 'I1',
    },
    { section, name: '"Volgende" → focus painted, p50', value: percentile(painted, 50), unit: 'ms', method: 'I1' },
    { section, name: '"Volgende" → focus painted, p95', value: percentile(painted, 95), unit: 'ms', method: 'I1' },
    eventTimingFigure(section, '"Volgende" Enter, Event Timing, p50', stepChanges.map((change) => change.eventTimingMs), 50),
    eventTimingFigure(section, '"Volgende" Enter, Event Timing, p95', stepChanges.map((change) => change.eventTimingMs), 95),
    eventTimingFigure(section, `Keystroke → next paint, Event Timing, p50 (n=${keystrokes.length})`, keystrokes.map((keystroke) => keystroke.eventTimingMs), 50),
    {
      ...eventTimingFigure(section, `Keystroke → next paint, Event Timing, p95 (n=${keystrokes.length})`, keystrokes.map((keystroke) => keystroke.eventTimingMs), 95),
      budget: { limit: budgets.keystrokeP95MsAt4xCpu, kind: 'max', key: 'keystrokeP95MsAt4xCpu' },
    },
    { ...eventTimingFigure(section, 'Keystroke → next paint, Event Timing, max', keystrokes.map((keystroke) => keystroke.eventTimingMs), 100), ...slowestNote(keystrokes) },
    { section, name: 'Keystroke → next frame (rAF+task), p50', value: percentile(nextFrame, 50), unit: 'ms', method: 'I3' },
    { section, name: 'Keystroke → next frame (rAF+task), p95', value: percentile(nextFrame, 95), unit: 'ms', method: 'I3' },
  ];
  return { result: { cpuThrottlingRate: CPU_THROTTLING_RATE, rounds: ROUNDS, stepChanges, keystrokes }, figures };
}

/** A percentile of Event Timing durations where "not reported" (null) means under the threshold. */
function eventTimingFigure(section: string, name: string, durations: readonly (number | null)[], p: number): Figure {
  const value = percentile(durations.map((duration) => duration ?? 0), p);
  const below = value < EVENT_TIMING_THRESHOLD_MS;
  return { section, name, value: below ? null : value, unit: 'ms', method: 'I2', ...(below ? { display: `<${EVENT_TIMING_THRESHOLD_MS} ms` } : {}) };
}

/**
 * Which keystroke the max was, so an outlier explains itself: the slowest by Event Timing (by the
 * next frame when every one was under the threshold), with where it was typed.
 */
function slowestNote(keystrokes: readonly KeystrokeTiming[]): { note?: string } {
  const slowness = (keystroke: KeystrokeTiming) => [keystroke.eventTimingMs ?? 0, keystroke.nextPaintMs ?? 0] as const;
  const slowest = keystrokes.reduce<KeystrokeTiming | undefined>((worst, keystroke) => {
    if (!worst) return keystroke;
    const [timing, frame] = slowness(keystroke);
    const [worstTiming, worstFrame] = slowness(worst);
    return timing > worstTiming || (timing === worstTiming && frame > worstFrame) ? keystroke : worst;
  }, undefined);
  if (!slowest) return {};
  const what = slowest.character === null ? slowest.key : `character ${slowest.characterNumber ?? '?'} ("${slowest.character}")`;
  const timings = `Event Timing ${slowest.eventTimingMs === null ? `<${EVENT_TIMING_THRESHOLD_MS}` : slowest.eventTimingMs} ms, next frame ${slowest.nextPaintMs === null ? 'n/a' : `${Math.round(slowest.nextPaintMs)} ms`}`;
  // A frame in time but a late Event Timing means the frame was drawn and not shown (see showWholeViewport); both late, a busy main thread.
  const unshown = (slowest.eventTimingMs ?? 0) - (slowest.nextPaintMs ?? 0) > UNSHOWN_FRAME_MS ? '; its frame came in time but was shown later' : '';
  return { note: `slowest keystroke: ${what} in ${slowest.field}, step ${slowest.step}, example ${slowest.example}, round ${slowest.round}/${ROUNDS} (${timings}${unshown})` };
}

function longestByInteraction(timings: readonly EventTimingRecord[]): Map<number, number> {
  const longest = new Map<number, number>();
  for (const timing of timings) longest.set(timing.interactionId, Math.max(longest.get(timing.interactionId) ?? 0, timing.duration));
  return longest;
}

/** One application from the start screen to the check page in a fresh, throttled browser context. */
async function walkApplication(
  browser: Browser,
  origin: string,
  token: string,
  permit: PermitDefinition,
  answers: Answers,
  insets: WindowInsets,
  tracePath: string | undefined,
): Promise<PageRecord> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 768, height: 1024 } });
  let tracing = false;
  try {
    await context.addInitScript(instrumentPage);
    const page = await context.newPage();
    // Staff link the tablet once (README); the walk itself does not send.
    await page.goto(`${origin}/koppelen#token=${token}`);
    await page.getByText('Gelukt. Deze tablet is gekoppeld').waitFor();
    const cdp = await context.newCDPSession(page);
    // Else keystrokes in the viewport's bottom 87 px are never presented and Event Timing waits for the next visible change.
    await showWholeViewport(page, cdp, insets);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
    if (tracePath) {
      mkdirSync(path.dirname(tracePath), { recursive: true });
      await browser.startTracing(undefined, { path: tracePath, categories: [...TRACE_CATEGORIES] });
      tracing = true;
    }

    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Gehandicaptenparkeerkaart' }).focus();
    await page.keyboard.press('Enter');
    // The consent screen comes first; by mouse, so it counts neither as a step change nor as typing.
    await page.locator('input[name="consentContactChannel"][value="post"]').check();
    await page.getByRole('button', { name: 'Ja, ik ga akkoord' }).click();
    // "Voor wie is deze aanvraag?" comes before the permit's own steps: the person applies for themselves.
    const steps = [
      { id: onBehalfStep.id, fill: () => choose(page, 'onBehalfOf', 'self') },
      ...visiblePlan(permit, answers, todayIso()).map(({ step, questions }) => ({
        id: step.id,
        fill: async () => {
          for (const question of questions) await answer(page, question, answers[question.id]);
        },
      })),
    ];
    for (const [index, step] of steps.entries()) {
      await page.waitForURL(new RegExp(`/stap/${step.id}$`));
      await page.locator('h1:focus').waitFor();
      await step.fill();
      await settled(page);
      await page.getByRole('button', { name: 'Volgende' }).focus();
      await page.keyboard.press('Enter');
      const arrived = await page
        .waitForFunction((count) => (window.__hulploketBench?.stepChanges.length ?? 0) > count && window.__hulploketBench?.stepChanges.at(-1)?.paintAfterFocusMs !== null, index, { polling: 50, timeout: 20_000 })
        .then(() => true, () => false);
      if (!arrived) throw new Error(`"Volgende" on step ${step.id} did not lead to the next step (a validation error?)`);
    }
    await page.waitForURL(/\/controleren$/);
    // Event Timing entries reach the observer after their paint; give the last ones a moment.
    await page.waitForTimeout(500);
    const record = await page.evaluate(() => window.__hulploketBench);
    if (!record) throw new Error('The page lost its measurements');
    return record;
  } finally {
    if (tracing) await browser.stopTracing();
    await context.close();
  }
}

/** Waits until every keystroke so far has had its next frame, so the step change starts from a quiet page. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__hulploketBench?.keystrokes ?? []).every((keystroke) => keystroke.nextPaintMs !== null), undefined, { polling: 50 });
}

/** Answers one question with the keyboard: typing for text, Space for options (as tests/browser/keyboard.ts, without the Tab walk). */
async function answer(page: Page, question: Question, value: AnswerValue | undefined): Promise<void> {
  if (value === undefined) return;
  switch (question.type) {
    case 'choice':
      return choose(page, question.id, String(value));
    case 'yesNo':
      return choose(page, question.id, value === true || value === 'yes' ? 'yes' : 'no');
    case 'multiChoice':
      for (const option of value as readonly string[]) await choose(page, question.id, option);
      return;
    case 'address':
      for (const [part, text] of Object.entries(value as AddressAnswer)) await typeInto(page, `q-${question.id}-${part}`, text);
      return;
    case 'file':
      // Files are chosen, not typed: no keystrokes to time. Wait until each is listed, as a person would.
      for (const file of value as readonly FileAnswer[]) {
        await page.locator(`[id="q-${question.id}"]`).setInputFiles(exampleFilePath(file));
        await page.getByRole('status').filter({ hasText: `${file.name} is toegevoegd` }).waitFor();
      }
      return;
    default:
      return typeInto(page, `q-${question.id}`, String(value));
  }
}

async function choose(page: Page, name: string, value: string): Promise<void> {
  const option = page.locator(`input[name="${name}"][value="${value}"]`);
  await option.focus();
  if (!(await option.isChecked())) await page.keyboard.press('Space');
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  const box = page.locator(`[id="${id}"]`);
  // A prefilled answer (e.g. the e-mail address again) is cleared first (Playwright's fill('') presses Delete).
  if ((await box.inputValue()) !== '') await box.fill('');
  await box.focus();
  for (const character of text) {
    await page.keyboard.type(character);
    await page.waitForTimeout(KEY_GAP_MS);
  }
}

/**
 * Runs in the page before the app (Playwright init script), so it must not use anything from
 * outside its own body. Records step changes, keystrokes and Event Timing entries in
 * `window.__hulploketBench`.
 */
function instrumentPage(): void {
  const record: PageRecord = { stepChanges: [], keystrokes: [], eventTimings: [] };
  window.__hulploketBench = record;
  const afterNextFrame = (done: (at: number) => void) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
  let pending: { from: string; start: number } | undefined;

  window.addEventListener(
    'keydown',
    (event) => {
      const target = event.target;
      const start = event.timeStamp;
      if (event.key === 'Enter' && target instanceof HTMLButtonElement && target.type === 'submit') {
        pending = { from: location.pathname, start };
        return;
      }
      // Enter on the start screen's link is a navigation, not typing.
      if (event.key === 'Enter' && target instanceof HTMLAnchorElement) return;
      const isOption = target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox');
      const isTextBox = !isOption && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement);
      const field = isOption ? `${target.name}=${target.value}` : target instanceof Element ? target.id || target.tagName.toLowerCase() : '';
      // An e-mail box has no selectionStart (null); the walk only ever types at the end, so its length is the caret.
      const position = isTextBox ? (target.selectionStart ?? target.value.length) : null;
      const keystroke: KeystrokeRecord = { key: event.key, path: location.pathname, field, position, startMs: start, nextPaintMs: null };
      record.keystrokes.push(keystroke);
      afterNextFrame((at) => (keystroke.nextPaintMs = at - start));
    },
    { capture: true },
  );

  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      const focusedAt = performance.now();
      const from = pending;
      if (!from || !(target instanceof HTMLElement) || target.tagName !== 'H1') return;
      // The app writes the history in the microtask after the new page's render (src/app/router.ts):
      // the address says whether this heading is a new page's one microtask later.
      queueMicrotask(() => {
        if (pending !== from || location.pathname === from.from) return;
        const change: StepChangeRecord = { from: from.from, to: location.pathname, startMs: from.start, focusMs: focusedAt - from.start, paintAfterFocusMs: null };
        pending = undefined;
        record.stepChanges.push(change);
        afterNextFrame((at) => (change.paintAfterFocusMs = at - change.startMs));
      });
    },
    { capture: true },
  );

  // `interactionId` and `durationThreshold` are in Chromium and the Event Timing spec, not yet in TypeScript's DOM types.
  const options: PerformanceObserverInit & { durationThreshold: number } = { type: 'event', buffered: true, durationThreshold: 16 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEventTiming & { readonly interactionId?: number })[]) {
      if (entry.interactionId) record.eventTimings.push({ name: entry.name, interactionId: entry.interactionId, startTime: entry.startTime, duration: entry.duration });
    }
  }).observe(options);
}
