import type { ZgwResult } from './ZgwOperation';
import type { StoredObject } from './ZgwState';

/** 201 with the stored object and its absolute URL in `Location`; `headers` adds e.g. `Content-Crs`. */
export function createdResult(object: StoredObject, headers: Readonly<Record<string, string>> = {}): ZgwResult {
  return { status: 201, body: object.data, headers: { Location: object.url, ...headers } };
}
