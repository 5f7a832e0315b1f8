import { createStore } from '../observable';

/**
 * Whether the drafts are still being read (`restoreApplications`). The start screen shows none of
 * them and need not wait; a permit's pages do, so an application in progress is never shown, or
 * replaced, as a fresh one. A module of its own: the first screen reads it, and the code that
 * reads and writes the drafts loads beside it (`src/app/composeDevice.ts`).
 */
export const restoringApplications = createStore(false);
