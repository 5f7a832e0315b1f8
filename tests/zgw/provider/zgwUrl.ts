import type { ZgwApi } from './loadZgwDocuments';
import type { ZgwKind } from './ZgwState';

/** Base path of each API, as in its document's `servers`. */
export function zgwBasePath(api: ZgwApi): string {
  return `/${api}/api/v1`;
}

/** The absolute URL of an object, the `url` field and `Location` header Open Zaak gives. */
export function zgwUrl(baseUrl: string, api: ZgwApi, kind: ZgwKind, uuid: string): string {
  return `${baseUrl}${zgwBasePath(api)}/${kind}/${uuid}`;
}
