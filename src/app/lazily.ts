/** Something whose code loads on first use: a screen, or a part of the tablet only some screens need. */
export interface Lazy<T> {
  /** Starts loading (once) and resolves with it. */
  load(): Promise<T>;
  /** It, once loaded; `undefined` before. */
  loaded(): T | undefined;
}

/**
 * Loads `load` on first use and keeps it, so the first screen does not carry code it does not show
 * (`bench/budgets.json`): a dynamic `import()` inside `load` becomes a chunk of its own.
 */
export function lazily<T>(load: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    // A failed load is not kept: the next use tries again (where the browser lets it, see `lazyScreen`).
    load: () =>
      (loading ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => value,
  };
}
