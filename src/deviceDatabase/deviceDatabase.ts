import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Draft, DraftAttachment, StoredReceipt } from './Draft';
import type { OutboxItem } from './OutboxItem';
import type { SealedDraft } from './SealedDraft';
import type { StaffAccount } from './StaffAccount';

/**
 * The one module that knows the device database: its name, version, schema, store and index names
 * and migrations (shape after Workbox's `QueueDb`). Nobody else writes a store-name string; the
 * typed schema makes a wrong store or index name a compile error. The shape of every record kept
 * in it is declared beside this file, so the drafts, the outbox and staff sign-in all import it from
 * here and none of them from another.
 */

/** The origin's database for work in progress on this tablet. */
export const DEVICE_DATABASE_NAME = 'hulploket';

/** Raise with every schema change and add a step to `upgradeDeviceDatabase`. */
export const DEVICE_DATABASE_VERSION = 3;

export const STORES = {
  drafts: 'drafts',
  attachments: 'attachments',
  receipts: 'receipts',
  sealedDrafts: 'sealedDrafts',
  meta: 'meta',
  /** Applications waiting to be sent (version 2), keyed by `draftId`. */
  outbox: 'outbox',
  /** Employees who can sign in on this tablet (version 3), keyed by `staffId`; PINs only as slow hashes. */
  staffAccounts: 'staffAccounts',
} as const;

export const INDEXES = { updatedAt: 'updatedAt', draftId: 'draftId' } as const;

/** Keys of the records in the `meta` store. */
export const META_KEYS = { failedResumeAttempts: 'failedResumeAttempts', deviceToken: 'deviceToken' } as const;

/** A sealed draft as kept on this device. */
export interface SealedDraftRecord {
  /** `lookupIdFor(code)`: the key here and at the intake service. */
  readonly lookupId: string;
  /**
   * ISO date-time the expiry counts from: the draft's `updatedAt` when sealed here, the import time
   * when fetched (the device cannot read a sealed draft's own dates).
   */
  readonly updatedAt: string;
  /**
   * The draft it holds, once known (sealed or opened here), so sending or deleting that draft also
   * removes its sealed copy. A random UUID, not personal data.
   */
  readonly draftId?: string;
  readonly sealed: SealedDraft;
}

/** Wrong resume codes tried on this device, as epoch milliseconds. */
export interface FailedResumeAttempts {
  readonly name: typeof META_KEYS.failedResumeAttempts;
  readonly times: readonly number[];
}

/**
 * The tablet's device token for the intake service, here too so the service worker (which has no
 * `localStorage`) can send the outbox (`src/application/deviceLink.ts` keeps it in step).
 */
export interface DeviceTokenRecord {
  readonly name: typeof META_KEYS.deviceToken;
  readonly token: string;
}

/** The records of the `meta` store, told apart by `name`. */
export type MetaRecord = FailedResumeAttempts | DeviceTokenRecord;

export interface DeviceDatabaseSchema extends DBSchema {
  [STORES.drafts]: { key: string; value: Draft; indexes: { [INDEXES.updatedAt]: string } };
  [STORES.attachments]: { key: string; value: DraftAttachment; indexes: { [INDEXES.draftId]: string } };
  [STORES.receipts]: { key: string; value: StoredReceipt };
  [STORES.sealedDrafts]: {
    key: string;
    value: SealedDraftRecord;
    indexes: { [INDEXES.draftId]: string; [INDEXES.updatedAt]: string };
  };
  [STORES.meta]: { key: string; value: MetaRecord };
  [STORES.outbox]: { key: string; value: OutboxItem };
  [STORES.staffAccounts]: { key: string; value: StaffAccount };
}

export type DeviceConnection = IDBPDatabase<DeviceDatabaseSchema>;

/** The key of an attachment: `${draftId}/${questionId}/${n}`. */
export function attachmentKey(draftId: string, questionId: string, n: number): string {
  return `${draftId}/${questionId}/${n}`;
}

export interface DeviceDatabaseOptions {
  /** Database name; default `DEVICE_DATABASE_NAME`. Tests may isolate themselves with another. */
  readonly name?: string;
  /**
   * Called when opening waits for another tab that keeps an older version open. Our own tabs close
   * on `versionchange`, so this only lasts while a tab of an older build is open.
   */
  readonly onBlocked?: () => void;
}

/** A lazily opened connection that heals itself when the browser closes it. */
export interface DeviceDatabase {
  /**
   * Runs `work` on an open connection. If the browser closed the connection, opens it again once
   * and runs `work` again; `work` must therefore be one transaction (all or nothing).
   */
  run<T>(work: (db: DeviceConnection) => Promise<T>): Promise<T>;
  /** The current connection, opened if needed; rejects when IndexedDB cannot be opened. */
  connection(): Promise<DeviceConnection>;
}

/**
 * The device database, opened on first use. Closes itself when another tab needs a newer version
 * (`versionchange`), and opens again after the browser closed it (`close` event, InvalidStateError).
 */
export function createDeviceDatabase(options: DeviceDatabaseOptions = {}): DeviceDatabase {
  const name = options.name ?? DEVICE_DATABASE_NAME;
  let opening: Promise<DeviceConnection> | undefined;
  /** Connections the browser closed or that we closed for another tab's upgrade. */
  const closed = new WeakSet<DeviceConnection>();

  const forget = (promise: Promise<DeviceConnection>) => {
    if (opening === promise) opening = undefined;
  };

  function open(): Promise<DeviceConnection> {
    let promise: Promise<DeviceConnection>;
    try {
      promise = openDB<DeviceDatabaseSchema>(name, DEVICE_DATABASE_VERSION, {
        upgrade: upgradeDeviceDatabase,
        blocked: () => options.onBlocked?.(),
        // Another tab wants a newer version (or to delete the database): let it, and reopen on the
        // next operation, which then fails clearly if this tab's code is too old for the new schema.
        blocking: () => {
          void promise.then((db) => {
            closed.add(db);
            db.close();
          });
          forget(promise);
        },
        // The browser closed the connection: Chromium does so when the user clears site data while the
        // page is open, firing `close` (https://github.com/w3c/IndexedDB/issues/73); every later
        // `transaction()` then throws InvalidStateError ("The database connection is closing").
        terminated: () => {
          void promise.then((db) => closed.add(db));
          forget(promise);
        },
      });
    } catch (error) {
      // `indexedDB` missing, or `open()` throwing at once (Firefox private windows before 115).
      promise = Promise.reject(error);
    }
    // A failed open is not remembered, so the next operation tries again.
    promise.catch(() => forget(promise));
    return promise;
  }

  const connection = () => (opening ??= open());

  return {
    connection,
    async run(work) {
      const promise = connection();
      const db = await promise;
      try {
        return await work(db);
      } catch (error) {
        if (!closed.has(db) && !isClosedConnectionError(error)) throw error;
        closed.add(db);
        forget(promise);
        return work(await connection());
      }
    },
  };
}

/**
 * Errors that mean "this connection is gone", not "this operation is wrong":
 * - InvalidStateError from `transaction()` on a connection closed by `close()`, by another tab's
 *   upgrade, or by Chromium when site data is cleared (see above; also
 *   https://github.com/dfahlander/Dexie.js/issues/613);
 * - WebKit's UnknownError "Connection to Indexed Database server lost" after the tab was in the
 *   background (https://bugs.webkit.org/show_bug.cgi?id=197050).
 */
function isClosedConnectionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'InvalidStateError') return true;
  return name === 'UnknownError' && typeof message === 'string' && message.includes('Connection to Indexed Database server lost');
}

/** Creates or migrates the schema, one step per version, so any older database reaches the current one. */
function upgradeDeviceDatabase(db: DeviceConnection, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(STORES.drafts, { keyPath: 'id' }).createIndex(INDEXES.updatedAt, 'updatedAt');
    db.createObjectStore(STORES.attachments, { keyPath: 'key' }).createIndex(INDEXES.draftId, 'draftId');
    db.createObjectStore(STORES.receipts, { keyPath: 'reference' });
    const sealed = db.createObjectStore(STORES.sealedDrafts, { keyPath: 'lookupId' });
    sealed.createIndex(INDEXES.draftId, 'draftId');
    sealed.createIndex(INDEXES.updatedAt, 'updatedAt');
    db.createObjectStore(STORES.meta, { keyPath: 'name' });
  }
  // Version 2: the outbox. Existing drafts, receipts and sealed drafts stay as they are.
  if (oldVersion < 2) {
    db.createObjectStore(STORES.outbox, { keyPath: 'draftId' });
  }
  // Version 3: staff accounts for sign-in on the tablet. Everything else stays.
  if (oldVersion < 3) {
    db.createObjectStore(STORES.staffAccounts, { keyPath: 'staffId' });
  }
}
