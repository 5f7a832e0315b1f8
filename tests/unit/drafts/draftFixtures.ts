import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { vi } from 'vitest';
import type { Draft } from '../../../src/drafts';

/** A string that appears in no code, id or key: if it shows up in storage, an answer leaked. */
export const SECRET = 'Medische-Verklaring-Qx7Zv';

/** Iterations for tests that are not about the key derivation (the real count is tested once). */
export const FAST_KDF = 1_000;

export function makeDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'draft-1',
    permitId: 'test-permit',
    permitVersion: 3,
    answers: { kind: 'driver', story: `Ik heb ${SECRET}.`, bsn: '111222333', aids: ['walker'], email: '' },
    stepId: 'extra',
    startedAt: '2026-11-29T09:00:00.000Z',
    updatedAt: '2026-11-29T09:30:00.000Z',
    ...overrides,
  };
}

/** Each test gets an empty IndexedDB of its own. */
export function useFreshIndexedDb(): void {
  vi.stubGlobal('indexedDB', new IDBFactory());
}

/** Every value in every store of the database, as text (Blobs read out), for leak checks. */
export async function dumpDatabase(name = 'hulploket'): Promise<{ text: string; counts: Record<string, number> }> {
  const db = await openDB(name);
  const counts: Record<string, number> = {};
  const parts: string[] = [];
  for (const store of db.objectStoreNames) {
    const values: unknown[] = await db.getAll(store);
    counts[store] = values.length;
    for (const value of values) parts.push(JSON.stringify(await readBlobs(value)));
  }
  db.close();
  return { text: parts.join('\n'), counts };
}

async function readBlobs(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return value.text();
  if (Array.isArray(value)) return Promise.all(value.map(readBlobs));
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(Object.entries(value).map(async ([key, part]) => [key, await readBlobs(part)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-29T10:00:00.000Z'): { now: () => Date; advanceMinutes: (minutes: number) => void } {
  let time = Date.parse(start);
  return { now: () => new Date(time), advanceMinutes: (minutes) => void (time += minutes * 60_000) };
}
