/** Days after its last change that a draft is wiped from a tablet. */
export const DEFAULT_DRAFT_EXPIRY_DAYS = 30;
/** Minutes without activity before the privacy screen covers the answers on a shared tablet. */
export const DEFAULT_PRIVACY_TIMEOUT_MINUTES = 3;

/**
 * The tablet app's settings, read from the environment when the app is built (`npm start` builds, so
 * it takes them from its own environment; `envPrefix` in `vite.config.ts` lets exactly these through).
 * Each default is written here and nowhere else: the intake service takes the draft lifetime from here
 * too, and `tests/unit/settings/configurationTable.unit.test.ts` holds README's table to these values.
 * The app's own modules use the plain constants, which the minifier inlines (the first screen's
 * budget counts every byte); the table by variable name is for the service and the test.
 */
export const BUILD_SETTING_DEFAULTS = {
  VITE_DRAFT_EXPIRY_DAYS: DEFAULT_DRAFT_EXPIRY_DAYS,
  VITE_PRIVACY_TIMEOUT_MINUTES: DEFAULT_PRIVACY_TIMEOUT_MINUTES,
} as const;

/** Longest desk location the contract takes (`Assistance.location` in `api/openapi.json`). */
const DESK_LOCATION_MAX_LENGTH = 100;

/**
 * `VITE_DRAFT_EXPIRY_DAYS`, 1 to 365. A wrong setting must not wipe drafts early: it falls back to
 * the default rather than to 0.
 */
export function readDraftExpiryDays(value: string | undefined): number {
  const days = Number(value);
  return value && Number.isInteger(days) && days >= 1 && days <= 365 ? days : DEFAULT_DRAFT_EXPIRY_DAYS;
}

/** `VITE_PRIVACY_TIMEOUT_MINUTES`, 1 to 60. A wrong setting falls back to the default rather than covering the screen at once. */
export function readPrivacyTimeoutMinutes(value: string | undefined): number {
  const minutes = Number(value);
  return value && Number.isFinite(minutes) && minutes >= 1 && minutes <= 60 ? minutes : DEFAULT_PRIVACY_TIMEOUT_MINUTES;
}

/** `DESK_LOCATION`: empty means not recorded; longer than the contract takes is cut, never refused. */
export function readDeskLocation(value: string | undefined): string | undefined {
  return (value ?? '').trim().slice(0, DESK_LOCATION_MAX_LENGTH) || undefined;
}
