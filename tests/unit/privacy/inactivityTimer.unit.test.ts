import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInactivityTimer, timeoutFor, type InactivityState } from '../../../src/privacy';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function timerWithLog(beforeCover?: () => Promise<void>) {
  const timer = createInactivityTimer({ coverAfterMs: 3 * MINUTE, warnBeforeMs: MINUTE, ...(beforeCover ? { beforeCover } : {}) });
  const states: InactivityState[] = [];
  timer.state.subscribe((state) => states.push(state));
  return { timer, states };
}

describe('the privacy clock of a shared tablet', () => {
  it('warns a minute ahead, then covers the screen, and one action uncovers it', async () => {
    const { timer, states } = timerWithLog();
    timer.activity();
    await vi.advanceTimersByTimeAsync(2 * MINUTE - 1);
    expect(timer.state.get()).toBe('active');
    await vi.advanceTimersByTimeAsync(1);
    expect(timer.state.get()).toBe('warning');
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(timer.state.get()).toBe('covered');
    timer.resume();
    expect(timer.state.get()).toBe('active');
    expect(states).toEqual(['warning', 'covered', 'active']);
  });

  it('starts over with every sign of someone at the tablet, also during the warning', async () => {
    const { timer } = timerWithLog();
    timer.activity();
    await vi.advanceTimersByTimeAsync(2 * MINUTE + 30_000);
    expect(timer.state.get()).toBe('warning');
    timer.activity();
    expect(timer.state.get()).toBe('active');
    await vi.advanceTimersByTimeAsync(2 * MINUTE + 30_000);
    expect(timer.state.get()).toBe('warning');
  });

  it('is not uncovered by a stray touch: only the "Verder gaan" button uncovers', async () => {
    const { timer } = timerWithLog();
    timer.activity();
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    timer.activity();
    expect(timer.state.get()).toBe('covered');
  });

  it('writes pending answers before it covers them, and covers even when that write fails', async () => {
    let written = false;
    const { timer } = timerWithLog(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      written = true;
      throw new Error('disk full');
    });
    timer.activity();
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(timer.state.get()).toBe('warning');
    await vi.advanceTimersByTimeAsync(100);
    expect(written).toBe(true);
    expect(timer.state.get()).toBe('covered');
  });

  it('does not cover after activity that came while the answers were being written', async () => {
    const { timer } = timerWithLog(() => new Promise((resolve) => setTimeout(resolve, 100)));
    timer.activity();
    await vi.advanceTimersByTimeAsync(3 * MINUTE + 50);
    timer.activity();
    await vi.advanceTimersByTimeAsync(100);
    expect(timer.state.get()).toBe('active');
  });

  it('stops on a page without anything personal', async () => {
    const { timer } = timerWithLog();
    timer.activity();
    timer.stop();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(timer.state.get()).toBe('active');
  });
});

describe('VITE_PRIVACY_TIMEOUT_MINUTES', () => {
  it('defaults to 3 minutes with a minute and a half of warning', () => {
    expect(timeoutFor(undefined)).toEqual({ coverAfterMs: 3 * MINUTE, warnBeforeMs: 1.5 * MINUTE });
  });

  it('takes 1 to 60 minutes and warns two minutes ahead; a short period warns for half of it (at least 30 seconds)', () => {
    expect(timeoutFor('10')).toEqual({ coverAfterMs: 10 * MINUTE, warnBeforeMs: 2 * MINUTE });
    expect(timeoutFor('1')).toEqual({ coverAfterMs: MINUTE, warnBeforeMs: 30_000 });
  });

  it('falls back to the default for a wrong setting, never to covering at once', () => {
    for (const wrong of ['', '0', '-5', 'abc', '61']) expect(timeoutFor(wrong).coverAfterMs, wrong).toBe(3 * MINUTE);
  });
});
