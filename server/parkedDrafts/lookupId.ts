import { createHash } from 'node:crypto';

/** A lookup id as the wizard makes it (`src/drafts/lookupIdFor.ts`): 64 lower-case hex digits. */
export const LOOKUP_ID_PATTERN = /^[0-9a-f]{64}$/;

/**
 * What the log may say about a lookup id: the first 8 hex digits of its SHA-256. Enough to follow
 * one draft through the log (park, fetch, remove); far too little to fetch or replace it, which
 * is what the full id allows.
 */
export function lookupIdLogTag(lookupId: string): string {
  return createHash('sha256').update(lookupId, 'utf8').digest('hex').slice(0, 8);
}
