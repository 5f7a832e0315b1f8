import type { StoreUnavailableError } from '../applications/ApplicationStore';

/** What kind of "try again later" the store gave, as `intake_store_errors_total` counts it. */
export type StoreErrorKind = 'unavailable' | 'busy' | 'disk-full' | 'other';

/**
 * The kind of a {@link StoreUnavailableError}, from the reason its store gave it: `unavailable`
 * for a database that cannot be reached or used, `busy` for locks and timeouts, `disk-full`, and
 * `other` for the rest (a read-only database or volume).
 */
export function storeErrorKind(error: StoreUnavailableError): StoreErrorKind {
  if (error.reason === 'database-unavailable') return 'unavailable';
  if (error.reason === 'busy' || error.reason === 'disk-full') return error.reason;
  return 'other';
}
