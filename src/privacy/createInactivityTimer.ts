import { createStore, type Store } from '../observable';

/** `warning`: the screen will be covered soon; `covered`: the privacy screen hides the answers. */
export type InactivityState = 'active' | 'warning' | 'covered';

export interface InactivityOptions {
  /** Milliseconds without any activity until the privacy screen covers the page. */
  readonly coverAfterMs: number;
  /** Milliseconds of warning before that (WCAG 2.2.1 asks for at least 20 seconds to react). */
  readonly warnBeforeMs: number;
  /** Runs before the screen is covered, e.g. writing pending answers; covering waits for it, whatever its outcome. */
  readonly beforeCover?: () => Promise<void> | void;
}

export interface InactivityTimer {
  readonly state: Store<InactivityState>;
  /** The person did something: the clock starts over. Ignored while covered (only `resume` uncovers). */
  activity(): void;
  /** "Ik ben er nog" / "Verder gaan": one action ends the warning or uncovers the page. */
  resume(): void;
  /** Stops the clock (a page without personal data); `activity` or `resume` start it again. */
  stop(): void;
}

/**
 * The privacy clock of a shared tablet: after a quiet while a warning, then a cover over the
 * answers. It never clears or discards anything; it only decides what is shown.
 */
export function createInactivityTimer(options: InactivityOptions): InactivityTimer {
  const state = createStore<InactivityState>('active');
  let warnTimer: ReturnType<typeof setTimeout> | undefined;
  let coverTimer: ReturnType<typeof setTimeout> | undefined;
  // A cover started before new activity must not land after it.
  let generation = 0;

  const clear = () => {
    clearTimeout(warnTimer);
    clearTimeout(coverTimer);
    generation += 1;
  };
  const start = () => {
    clear();
    const mine = generation;
    state.set('active');
    warnTimer = setTimeout(() => state.set('warning'), Math.max(0, options.coverAfterMs - options.warnBeforeMs));
    coverTimer = setTimeout(() => {
      void Promise.resolve()
        .then(options.beforeCover)
        .catch(() => undefined)
        .then(() => {
          if (mine === generation) state.set('covered');
        });
    }, options.coverAfterMs);
  };

  return {
    state,
    activity() {
      if (state.get() !== 'covered') start();
    },
    resume: start,
    stop() {
      clear();
      state.set('active');
    },
  };
}
