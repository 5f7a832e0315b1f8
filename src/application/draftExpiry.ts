import { DEFAULT_DRAFT_MAX_AGE_DAYS } from '../drafts';

/**
 * Days after its last change that a draft is wiped from the tablet. Set at build time with
 * `VITE_DRAFT_EXPIRY_DAYS` (`npm start` builds, so it takes it from the environment); default 30.
 * Keep it equal to the intake service's `PARKED_DRAFT_DAYS`, so a code works as long everywhere.
 */
export const DRAFT_EXPIRY_DAYS = parseDays(import.meta.env.VITE_DRAFT_EXPIRY_DAYS);

function parseDays(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_DRAFT_MAX_AGE_DAYS;
  const days = Number(value);
  // A wrong setting must not wipe drafts early: fall back to the default rather than to 0.
  return Number.isInteger(days) && days >= 1 && days <= 365 ? days : DEFAULT_DRAFT_MAX_AGE_DAYS;
}
