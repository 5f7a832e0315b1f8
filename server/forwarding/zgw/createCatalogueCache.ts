import type { ZgwClient } from './ZgwClient';
import type { ZgwUser } from './zgwToken';

/** More types than this is more than a catalogus of permits holds: the cache starts over. */
const MAX_ENTRIES = 500;

/** Reads a Catalogi object (a statustype, a resultaattype) by its URL, from the cache while it is fresh. */
export type CatalogueRead = <T>(url: string, user: ZgwUser) => Promise<T>;

/**
 * Keeps what the Catalogi API said about a type for `lifetimeMs` (`catalogueCacheMinutes`): the
 * statustypen and resultaattypen of a zaaktype change rarely, and every poll of every zaak asks for
 * them again. A failed read is not kept: the next asks again.
 */
export function createCatalogueCache(client: ZgwClient, lifetimeMs: number, now: () => Date = () => new Date()): CatalogueRead {
  const cache = new Map<string, { readonly value: Promise<unknown>; readonly until: number }>();
  return <T>(url: string, user: ZgwUser): Promise<T> => {
    const cached = cache.get(url);
    if (cached && cached.until > now().getTime()) return cached.value as Promise<T>;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const value = client.get<T>(url, user);
    cache.set(url, { value, until: now().getTime() + lifetimeMs });
    value.catch(() => cache.delete(url));
    return value;
  };
}
