/**
 * The tablet's device database (IndexedDB through `idb`): its name, version, schema and migrations,
 * the shape of every record kept in it, and the transactions that span its stores (a send removes
 * the draft, its files and the outbox item and keeps the receipt, all in one). The drafts, the
 * outbox and staff sign-in build on it; it knows none of them.
 */
export {
  attachmentKey,
  createDeviceDatabase,
  DEVICE_DATABASE_NAME,
  DEVICE_DATABASE_VERSION,
  STORES as DEVICE_STORES,
  type DeviceConnection,
  type DeviceDatabase,
  type DeviceDatabaseOptions,
  type SealedDraftRecord,
} from './deviceDatabase';
export type { Draft, DraftAttachment, DeskRecord, DraftHelper, StoredReceipt } from './Draft';
export type { SealedDraft } from './SealedDraft';
export type { NeedsActionReason, OutboxAttachment, OutboxItem, OutboxState } from './OutboxItem';
export type { StaffAccount } from './StaffAccount';
export type { DraftRecords, OpenedDraft } from './DraftRecords';
export { createIndexedDbDraftRecords } from './indexedDbDraftRecords';
export { createMemoryDraftRecords } from './memoryDraftRecords';
export { readStoredDeviceToken, storeDeviceToken } from './storedDeviceToken';
