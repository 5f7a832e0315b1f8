import type { DeviceDatabase } from '../deviceDatabase';
import type { Autosaver, DraftStore } from '../drafts';
import type { Outbox } from '../outbox';

/**
 * Where the applications in progress are kept and sent from on this tablet: one of each per page,
 * made by the composition root (`src/app/composeTablet.ts`) and handed to whatever needs them, so
 * every screen saves to and reads from the same place. The drafts and the outbox share the database,
 * so a send removes both in one transaction.
 */
export interface Device {
  readonly database: DeviceDatabase;
  readonly draftStore: DraftStore;
  readonly autosaver: Autosaver;
  readonly outbox: Outbox;
}
