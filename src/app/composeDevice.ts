import { createApplicationOutbox, type Device } from '../application';
import { createDeviceDatabase } from '../deviceDatabase';
import { createAutosaver, createDraftStore } from '../drafts';

/**
 * The tablet's device part of the composition root (`composeTablet`): the database, the draft
 * store and its autosaver, and the outbox, once per page. Its code (IndexedDB through `idb`, the
 * sealing of drafts with its key derivation, the outbox's sender) is about half of what the start
 * screen would otherwise load, so it is a chunk of its own (`lazyDevice`).
 */
export function composeDevice(): Device {
  // Shared by the drafts and the outbox, so a send removes both in one transaction.
  const database = createDeviceDatabase();
  const draftStore = createDraftStore({ database });
  const autosaver = createAutosaver(draftStore);
  return { database, draftStore, autosaver, outbox: createApplicationOutbox({ database, draftStore, autosaver }) };
}
