import { attachPageLifecycle, createAutosaver, createDraftStore } from '../drafts';

/**
 * This tablet's draft store and the autosaver in front of it: one of each per page, so every
 * screen saves to and reads from the same place.
 */
export const draftStore = createDraftStore();
export const autosaver = createAutosaver(draftStore);

if (typeof window !== 'undefined') attachPageLifecycle(autosaver, window);
