// Puts fake-indexeddb's indexedDB, IDBKeyRange and friends on globalThis before the drafts code runs.
import 'fake-indexeddb/auto';
import { measureDrafts, type DraftsMeasureOptions, type DraftsMeasurement } from './measureDrafts';

/** The drafts measurement in Node, on fake-indexeddb (in memory) and Node's WebCrypto. */
export function measureDraftsInNode(options: DraftsMeasureOptions): Promise<DraftsMeasurement> {
  return measureDrafts(options);
}
