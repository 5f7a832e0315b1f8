import { DEVICE_STORES, type DeviceDatabase } from '../deviceDatabase';
import type { OutboxItem } from '../deviceDatabase';
import type { OutboxStore } from './OutboxStore';

/**
 * The outbox in the device database shared with the drafts (its schema and upgrade live in
 * `src/deviceDatabase/deviceDatabase.ts`). When IndexedDB cannot be opened (private mode) it keeps the
 * items in memory: they are then sent while the tab stays open, as the drafts' `unavailable`
 * status already tells the person.
 */
export function createOutboxStore(database: DeviceDatabase): OutboxStore {
  const memory = new Map<string, OutboxItem>();
  const usable = database.connection().then(
    () => true,
    () => false,
  );
  const { outbox } = DEVICE_STORES;
  return {
    async all() {
      if (!(await usable)) return [...memory.values()];
      return database.run((db) => db.getAll(outbox));
    },
    async get(draftId) {
      if (!(await usable)) return memory.get(draftId);
      return database.run((db) => db.get(outbox, draftId));
    },
    async put(item) {
      if (!(await usable)) return void memory.set(item.draftId, item);
      // `strict`: "Versturen" was pressed; the queued application must survive a power cut.
      await database.run(async (db) => {
        const tx = db.transaction(outbox, 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.put(item), tx.done]);
      });
    },
    async remove(draftId) {
      if (!(await usable)) return void memory.delete(draftId);
      await database.run((db) => db.delete(outbox, draftId));
    },
  };
}
