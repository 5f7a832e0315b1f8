import { readPrivacyTimeoutMinutes } from '../settings';

/**
 * When the privacy screen covers the answers on a shared tablet (`VITE_PRIVACY_TIMEOUT_MINUTES`, see
 * `src/settings/buildSettings.ts`). The warning comes two minutes before (half the time when that is
 * 4 minutes or less): time to hear it out, find its button and press it, also with a screen reader
 * (WCAG 2.2.1).
 */
export const privacyTimeout = timeoutFor(import.meta.env.VITE_PRIVACY_TIMEOUT_MINUTES);

export function timeoutFor(value: string | undefined): { readonly coverAfterMs: number; readonly warnBeforeMs: number } {
  const coverAfterMs = readPrivacyTimeoutMinutes(value) * 60_000;
  return { coverAfterMs, warnBeforeMs: Math.min(120_000, coverAfterMs / 2) };
}
