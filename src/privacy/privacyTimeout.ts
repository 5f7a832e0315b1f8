/** Default minutes without activity before the privacy screen covers the answers. */
const DEFAULT_MINUTES = 3;

/**
 * When the privacy screen covers the answers on a shared tablet, set at build time with
 * `VITE_PRIVACY_TIMEOUT_MINUTES` (`npm start` builds, so it takes it from the environment; 1 to
 * 60, default 3). The warning comes two minutes before (half the time when that is 4 minutes or
 * less): time to hear it out, find its button and press it, also with a screen reader (WCAG 2.2.1).
 */
export const privacyTimeout = timeoutFor(import.meta.env.VITE_PRIVACY_TIMEOUT_MINUTES);

export function timeoutFor(value: string | undefined): { readonly coverAfterMs: number; readonly warnBeforeMs: number } {
  const minutes = Number(value);
  // A wrong setting falls back to the default rather than covering the screen at once.
  const coverAfterMs = (value && Number.isFinite(minutes) && minutes >= 1 && minutes <= 60 ? minutes : DEFAULT_MINUTES) * 60_000;
  return { coverAfterMs, warnBeforeMs: Math.min(120_000, coverAfterMs / 2) };
}
