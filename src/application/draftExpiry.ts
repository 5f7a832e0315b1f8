import { readDraftExpiryDays } from '../settings';

/**
 * Days after its last change that a draft is wiped from the tablet (`VITE_DRAFT_EXPIRY_DAYS`, see
 * `src/settings/buildSettings.ts`). The intake service keeps a parked draft as long by default
 * (`PARKED_DRAFT_DAYS`), so a resume code works as long everywhere.
 */
export const DRAFT_EXPIRY_DAYS = readDraftExpiryDays(import.meta.env.VITE_DRAFT_EXPIRY_DAYS);
