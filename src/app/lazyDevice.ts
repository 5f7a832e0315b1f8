import type { Device } from '../application';
import type { DraftStatus } from '../drafts';
import { createStore, type Store } from '../observable';
import type { OutboxStatus } from '../outbox';

/**
 * The tablet's device (`composeDevice`) at once, while its code loads (`load`, started here): every
 * call waits for it and then goes to the real part, in the order it was made, so a draft scheduled
 * before the code was there is saved, and saved before a later version of it. The statuses show
 * their starting values until then (nothing saved yet, the outbox not read yet) and follow the real
 * ones after. The start screen paints without waiting for IndexedDB's code; a permit's pages wait
 * for the drafts anyway (`restoringApplications`).
 */
export function lazyDevice(load: () => Promise<Device>): Device {
  const ready = load();
  const later = <T>(use: (loaded: Device) => T | Promise<T>): Promise<T> => ready.then(use);
  return {
    database: {
      run: (work) => later((loaded) => loaded.database.run(work)),
      connection: () => later((loaded) => loaded.database.connection()),
    },
    draftStore: {
      status: following<DraftStatus>({ kind: 'idle' }, later((loaded) => loaded.draftStore.status)),
      ready: later((loaded) => loaded.draftStore.ready),
      save: (draft) => later((loaded) => loaded.draftStore.save(draft)),
      get: (id) => later((loaded) => loaded.draftStore.get(id)),
      list: () => later((loaded) => loaded.draftStore.list()),
      delete: (id) => later((loaded) => loaded.draftStore.delete(id)),
      wipeExpired: (now, maxAgeDays) => later((loaded) => loaded.draftStore.wipeExpired(now, maxAgeDays)),
      wipeAll: () => later((loaded) => loaded.draftStore.wipeAll()),
      completeSend: (draftId, receipt) => later((loaded) => loaded.draftStore.completeSend(draftId, receipt)),
      listReceipts: () => later((loaded) => loaded.draftStore.listReceipts()),
      markReceiptsSeen: (references) => later((loaded) => loaded.draftStore.markReceiptsSeen(references)),
      putAttachment: (attachment) => later((loaded) => loaded.draftStore.putAttachment(attachment)),
      getAttachments: (draftId) => later((loaded) => loaded.draftStore.getAttachments(draftId)),
      deleteAttachment: (key) => later((loaded) => loaded.draftStore.deleteAttachment(key)),
      sealAndStore: (draftId, code) => later((loaded) => loaded.draftStore.sealAndStore(draftId, code)),
      openWithCode: (input, options) => later((loaded) => loaded.draftStore.openWithCode(input, options)),
      parkedLookupId: (draftId) => later((loaded) => loaded.draftStore.parkedLookupId(draftId)),
      exportSealed: (lookupId) => later((loaded) => loaded.draftStore.exportSealed(lookupId)),
      importSealed: (lookupId, sealed) => later((loaded) => loaded.draftStore.importSealed(lookupId, sealed)),
    },
    autosaver: {
      // Through the same promise as every other call, so the writes keep their order.
      schedule: (draft) => void later((loaded) => loaded.autosaver.schedule(draft)),
      flush: () => later((loaded) => loaded.autosaver.flush()),
      cancel: () => later((loaded) => loaded.autosaver.cancel()),
    },
    outbox: {
      status: following<OutboxStatus>({ items: [], loaded: false }, later((loaded) => loaded.outbox.status)),
      refresh: () => later((loaded) => loaded.outbox.refresh()),
      get: (draftId) => later((loaded) => loaded.outbox.get(draftId)),
      enqueue: (item) => later((loaded) => loaded.outbox.enqueue(item)),
      filesOf: (item) => later((loaded) => loaded.outbox.filesOf(item)),
      sendNow: () => later((loaded) => loaded.outbox.sendNow()),
      deliver: (client, trigger) => later((loaded) => loaded.outbox.deliver(client, trigger)),
      discard: (draftId) => later((loaded) => loaded.outbox.discard(draftId)),
      takeBack: (draftId) => later((loaded) => loaded.outbox.takeBack(draftId)),
      start(client, target) {
        let stopped = false;
        let stop: (() => void) | undefined;
        void later((loaded) => {
          if (!stopped) stop = loaded.outbox.start(client, target);
        });
        return () => {
          stopped = true;
          stop?.();
        };
      },
    },
  };
}

/** A store with `initial` until `source` is there, then always the source's value; a change made here goes to the source. */
function following<T>(initial: T, source: Promise<Store<T>>): Store<T> {
  const own = createStore(initial);
  let real: Store<T> | undefined;
  void source.then((store) => {
    real = store;
    own.set(store.get());
    store.subscribe((value) => own.set(value));
  });
  return {
    get: own.get,
    set: (next) => (real ? real.set(next) : own.set(next)),
    subscribe: own.subscribe,
  };
}
