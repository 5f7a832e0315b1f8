import type { SealedDraft } from '../contract/apiTypes';

/** An encrypted draft as the service keeps it: the ciphertext record and its lifetime, nothing else. */
export interface ParkedDraft {
  /** As the tablet sent it; the service cannot open it. */
  readonly sealed: SealedDraft;
  /** When it was (last) parked. */
  readonly storedAt: Date;
  /** From this moment on it is never returned, and the next purge deletes it. */
  readonly expiresAt: Date;
}

/** What one purge deleted. */
export interface PurgeCount {
  /** Expired parked drafts. */
  readonly drafts: number;
  /** Records of sent drafts past their `rememberUntil`. */
  readonly sent: number;
}

/**
 * Where parked drafts live: encrypted drafts that another tablet of the desk can open with the resume code. A second small interface beside `ApplicationStore`,
 * so the PostgreSQL adapter for several instances is again a second implementation. Every method
 * is async for that reason.
 *
 * Guarantees an implementation must give:
 * 1. `park` resolves only after the draft is durably committed; it replaces an earlier draft under
 *    the same lookup id in one step, so a reader sees the old record or the new, never a mix.
 * 2. `findParked` never returns a draft whose `expiresAt` is at or before `now`, purged or not.
 * 3. Lookup ids are kept as given and never written to logs.
 * 4. `findSent` gives the reference a parked draft became (see server/applications/ApplicationStore.ts, guarantee 5)
 *    until the moment it may be forgotten; `purgeExpired` deletes those records after it.
 */
export interface ParkedDraftStore {
  /** Keeps `draft` under `lookupId`, replacing what was there. */
  park(lookupId: string, draft: ParkedDraft): Promise<void>;
  /** The draft under `lookupId`, unless there is none or it has expired at `now`. */
  findParked(lookupId: string, now: Date): Promise<ParkedDraft | undefined>;
  /** Removes the draft under `lookupId`; nothing happens when there is none. */
  removeParked(lookupId: string): Promise<void>;
  /**
   * The reference of the application the draft parked under `lookupId` became, unless it was not
   * sent or is forgotten at `now`.
   */
  findSent(lookupId: string, now: Date): Promise<string | undefined>;
  /**
   * Deletes every draft expired at `now`, and every record of a sent draft that may be forgotten
   * at `now`. @returns how many of each were deleted.
   */
  purgeExpired(now: Date): Promise<PurgeCount>;
}
