import { copyDeviceTokenForServiceWorker, createApplicationOutbox, keepApplicationsSaved, restoreApplications, type Device } from '../application';
import { createDeviceDatabase } from '../deviceDatabase';
import { createAutosaver, createDraftStore } from '../drafts';
import { whenIdle } from './whenIdle';

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

/**
 * Brings back what was being filled in before the page was reloaded or closed, then saves every
 * change on the device (docs/offline.md, guarantee 1); `main.tsx` calls it once. In this chunk and
 * not the first screen's: reading and writing drafts (each permit's questions, lost files, the
 * move to a newer form) is only needed once the device's code is there anyway. The device token is
 * copied for the service worker when the page is idle: reading `localStorage` is synchronous, and
 * nothing on the first screen needs the copy.
 */
export async function keepApplicationsOnDevice(device: Device): Promise<void> {
  whenIdle(() => void copyDeviceTokenForServiceWorker(device));
  await restoreApplications(device).catch(() => undefined);
  keepApplicationsSaved(device);
}
