import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachPageLifecycle, createAutosaver, type Draft, type DraftStatus, type PageLifecycleTarget } from '../../../src/drafts';
import { makeDraft } from './draftFixtures';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const saved: DraftStatus = { kind: 'saved', at: '2026-11-29T10:00:00.000Z' };

/** A store double that records what was written and when (fake time, ms). */
function recordingStore() {
  const writes: { at: number; story: unknown }[] = [];
  const save = vi.fn(async (draft: Draft) => {
    writes.push({ at: Date.now(), story: draft.answers.story });
    return saved;
  });
  return { save, writes };
}

const typed = (story: string, id = 'draft-1') => makeDraft({ id, answers: { story } });

describe('autosave', () => {
  it('waits for a pause in typing, then writes only the latest version', async () => {
    const store = recordingStore();
    const autosaver = createAutosaver(store);
    autosaver.schedule(typed('I'));
    await vi.advanceTimersByTimeAsync(100);
    autosaver.schedule(typed('Ik'));
    await vi.advanceTimersByTimeAsync(100);
    autosaver.schedule(typed('Ik k'));

    await vi.advanceTimersByTimeAsync(299);
    expect(store.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.writes).toEqual([{ at: 500, story: 'Ik k' }]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(store.writes).toHaveLength(1);
  });

  it('still writes every 500 ms while typing goes on: a deadline from the first unsaved change, not an ever-extending debounce', async () => {
    const store = recordingStore();
    const autosaver = createAutosaver(store);
    for (let letter = 1; letter <= 20; letter += 1) {
      autosaver.schedule(typed('x'.repeat(letter)));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(store.writes.map((write) => write.at)).toEqual([500, 1000, 1500, 2000]);
    expect(store.writes.map((write) => write.story)).toEqual(['xxxxx', 'x'.repeat(10), 'x'.repeat(15), 'x'.repeat(20)]);
  });

  it('takes its delay as an option', async () => {
    const store = recordingStore();
    const autosaver = createAutosaver(store, { delayMs: 200 });
    autosaver.schedule(typed('a'));
    await vi.advanceTimersByTimeAsync(200);
    expect(store.writes).toEqual([{ at: 200, story: 'a' }]);
  });

  it('never runs two writes of the same draft at once, and the newest lands last', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const finishers: (() => void)[] = [];
    const order: unknown[] = [];
    const store = {
      save: vi.fn(async (draft: Draft) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise<void>((resolve) => finishers.push(resolve));
        order.push(draft.answers.story);
        running -= 1;
        return saved;
      }),
    };
    const autosaver = createAutosaver(store);
    autosaver.schedule(typed('first'));
    await vi.advanceTimersByTimeAsync(500); // first write starts and hangs (slow disk)
    autosaver.schedule(typed('second'));
    autosaver.schedule(typed('third'));
    await vi.advanceTimersByTimeAsync(500); // deadline passes while the first is still writing
    expect(store.save).toHaveBeenCalledTimes(1);

    finishers.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.save).toHaveBeenCalledTimes(2);
    finishers.shift()?.();
    await vi.advanceTimersByTimeAsync(0);

    expect(mostAtOnce).toBe(1);
    expect(order).toEqual(['first', 'third']);
  });

  it('keeps separate deadlines for two drafts (two permits in progress)', async () => {
    const store = recordingStore();
    const autosaver = createAutosaver(store);
    autosaver.schedule(typed('parkeerkaart', 'a'));
    await vi.advanceTimersByTimeAsync(300);
    autosaver.schedule(typed('evenement', 'b'));
    await vi.advanceTimersByTimeAsync(500);
    expect(store.writes).toEqual([
      { at: 500, story: 'parkeerkaart' },
      { at: 800, story: 'evenement' },
    ]);
  });

  it('flush writes at once and resolves when the write is done; cancel drops what is pending', async () => {
    const store = recordingStore();
    const autosaver = createAutosaver(store);
    autosaver.schedule(typed('flushed'));
    await autosaver.flush();
    expect(store.writes).toEqual([{ at: 0, story: 'flushed' }]);

    autosaver.schedule(typed('dropped'));
    await autosaver.cancel();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.writes).toHaveLength(1);
  });

  it('keeps going after a write fails', async () => {
    const store = { save: vi.fn<(draft: Draft) => Promise<DraftStatus>>().mockRejectedValueOnce(new Error('disk')).mockResolvedValue(saved) };
    const autosaver = createAutosaver(store);
    autosaver.schedule(typed('a'));
    await vi.advanceTimersByTimeAsync(500);
    autosaver.schedule(typed('b'));
    await vi.advanceTimersByTimeAsync(500);
    expect(store.save).toHaveBeenCalledTimes(2);
  });
});

describe('saving when the page goes away', () => {
  function page(visibilityState: DocumentVisibilityState) {
    return Object.assign(new EventTarget(), { document: { visibilityState } }) satisfies PageLifecycleTarget;
  }

  it('writes pending answers on pagehide, without waiting for the deadline', async () => {
    const store = recordingStore();
    const autosaver = createAutosaver(store);
    const target = page('visible');
    attachPageLifecycle(autosaver, target);
    autosaver.schedule(typed('closing the tab'));

    target.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);

    expect(store.writes).toEqual([{ at: 0, story: 'closing the tab' }]);
  });

  it('writes pending answers when focus leaves a field: the answer is complete, and the tab may close next', async () => {
    const store = recordingStore();
    const autosaver = createAutosaver(store);
    const target = page('visible');
    attachPageLifecycle(autosaver, target);
    autosaver.schedule(typed('last word'));

    target.dispatchEvent(new Event('focusout'));
    await vi.advanceTimersByTimeAsync(0);

    expect(store.writes).toEqual([{ at: 0, story: 'last word' }]);
  });

  it('writes when the page becomes hidden, not when it becomes visible', async () => {
    const store = recordingStore();
    const autosaver = createAutosaver(store);
    const target = page('visible');
    attachPageLifecycle(autosaver, target);
    autosaver.schedule(typed('switching apps'));

    target.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.writes).toEqual([]);

    target.document.visibilityState = 'hidden';
    target.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.writes).toEqual([{ at: 0, story: 'switching apps' }]);
  });

  it('stops listening when detached', async () => {
    const store = recordingStore();
    const autosaver = createAutosaver(store);
    const target = page('hidden');
    const detach = attachPageLifecycle(autosaver, target);
    detach();
    autosaver.schedule(typed('later'));
    target.dispatchEvent(new Event('pagehide'));
    target.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.writes).toEqual([]);
  });
});
