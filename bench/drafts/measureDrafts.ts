import {
  createAutosaver,
  createDraftStore,
  createResumeCode,
  formatResumeCode,
  lookupIdFor,
  type Draft,
  type DraftStorageKind,
} from '../../src/drafts';
import { PBKDF2_ITERATIONS } from '../../src/crypto';
import { createDeviceDatabase } from '../../src/deviceDatabase';
import type { Answers } from '../../src/wizard';

/**
 * The drafts timings, for any environment with `indexedDB`, WebCrypto and
 * `performance.now()`: Chromium (bundled by bench/drafts.bench.ts) or Node with fake-indexeddb.
 * Imports only the drafts' public face, as the app does.
 */
export interface DraftsMeasureOptions {
  /** Autosaves timed (after `warmUp` untimed ones). */
  readonly saves: number;
  /** Save-with-code and open-with-code cycles timed; 0 skips them. */
  readonly openings: number;
  /** Database name, so the bench never touches the app's own `hulploket` database. */
  readonly databaseName: string;
}

export interface DraftsMeasurement {
  readonly storage: DraftStorageKind;
  readonly answerCount: number;
  /** The draft as JSON, in bytes: what each save writes. */
  readonly draftJsonBytes: number;
  /** Per save: `schedule(draft)` then `flush()` until the IndexedDB transaction completed, ms. */
  readonly autosaveMs: readonly number[];
  /** Per cycle: `sealAndStore` (key and lookup id derived in parallel, AES-GCM, write), ms. */
  readonly sealMs: readonly number[];
  /** Per cycle: `openWithCode` (lookup id, then key: two PBKDF2 runs one after the other; decrypt; write), ms. */
  readonly openMs: readonly number[];
  /** Per cycle: one `lookupIdFor` = one PBKDF2-SHA-256 of `PBKDF2_ITERATIONS` iterations, ms. */
  readonly pbkdf2Ms: readonly number[];
  readonly pbkdf2Iterations: number;
}

const WARM_UP = 3;
const ANSWER_COUNT = 60;

/** Times autosaves of a 60-answer draft and opening it with its code. */
export async function measureDrafts(options: DraftsMeasureOptions): Promise<DraftsMeasurement> {
  const store = createDraftStore({ database: createDeviceDatabase({ name: options.databaseName }), reportError: () => undefined });
  const storage = await store.ready;
  const autosaver = createAutosaver(store);
  const base = draftOfSixtyAnswers();

  const autosaveMs: number[] = [];
  for (let i = 0; i < WARM_UP + options.saves; i++) {
    // Each save carries one changed answer, as after a keystroke.
    const draft: Draft = { ...base, answers: { ...base.answers, q01: `Antwoord ${i}` }, updatedAt: new Date().toISOString() };
    const start = performance.now();
    autosaver.schedule(draft);
    await autosaver.flush();
    if (i >= WARM_UP) autosaveMs.push(performance.now() - start);
  }
  const status = store.status.get();
  if (status.kind !== 'saved' && storage === 'indexedDB') throw new Error(`Autosave ended as ${status.kind}`);

  const sealMs: number[] = [];
  const openMs: number[] = [];
  const pbkdf2Ms: number[] = [];
  for (let i = 0; i < options.openings; i++) {
    const draft: Draft = { ...base, id: crypto.randomUUID(), updatedAt: new Date().toISOString() };
    await store.save(draft);
    const code = createResumeCode();

    let start = performance.now();
    const sealed = await store.sealAndStore(draft.id, code);
    sealMs.push(performance.now() - start);
    if (!sealed.ok) throw new Error(`Sealing failed: ${sealed.reason}`);

    start = performance.now();
    const opened = await store.openWithCode(formatResumeCode(code));
    openMs.push(performance.now() - start);
    if (!opened.ok) throw new Error(`Opening with the code failed: ${opened.reason}`);

    start = performance.now();
    await lookupIdFor(code);
    pbkdf2Ms.push(performance.now() - start);
    await store.delete(draft.id);
  }
  await store.delete(base.id);

  return {
    storage,
    answerCount: Object.keys(base.answers).length,
    draftJsonBytes: new TextEncoder().encode(JSON.stringify(base)).length,
    autosaveMs,
    sealMs,
    openMs,
    pbkdf2Ms,
    pbkdf2Iterations: PBKDF2_ITERATIONS,
  };
}

/** A draft with 60 answers shaped like the parking card's: short texts, dates, choices, an address, lists, a long text. */
function draftOfSixtyAnswers(): Draft {
  const answers: Record<string, Answers[string]> = {};
  for (let n = 1; n <= ANSWER_COUNT; n++) {
    const id = `q${String(n).padStart(2, '0')}`;
    switch (n % 6) {
      case 0:
        answers[id] = 'Ik heb een slechte heup. Na 30 meter heb ik veel pijn en moet ik stoppen. '.repeat(4).trim();
        break;
      case 1:
        answers[id] = `Johanna Maria van den Berg ${n}`;
        break;
      case 2:
        answers[id] = '15-06-1950';
        break;
      case 3:
        answers[id] = n % 2 === 0 ? 'yes' : 'no';
        break;
      case 4:
        answers[id] = { postcode: '1234 AB', houseNumber: String(n), street: 'Dorpsstraat', city: 'Utrecht' };
        break;
      default:
        answers[id] = ['cane', 'walker'];
    }
  }
  const now = new Date().toISOString();
  return { id: crypto.randomUUID(), permitId: 'gehandicaptenparkeerkaart', permitVersion: 1, answers, stepId: 'limitation', startedAt: now, updatedAt: now };
}
