import { createDeviceDatabase } from '../deviceDatabase';
import { attachPageLifecycle, createAutosaver, createDraftStore } from '../drafts';

/** This tablet's database, shared by the drafts and the outbox so a send can remove both in one transaction. */
export const deviceDatabase = createDeviceDatabase();

/**
 * This tablet's draft store and the autosaver in front of it: one of each per page, so every
 * screen saves to and reads from the same place.
 */
export const draftStore = createDraftStore({ database: deviceDatabase });
export const autosaver = createAutosaver(draftStore);

if (typeof window !== 'undefined') attachPageLifecycle(autosaver, window);
