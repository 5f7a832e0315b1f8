import type { JsonObject } from './JsonValue';
import { ZgwProviderGap, type ZgwHandlerContext, type ZgwResult } from './ZgwOperation';
import { fout } from './zgwProblems';

/**
 * Refuses loudly (a `ZgwProviderGap`) a query parameter that the document declares but the provider does not
 * implement: answering unfiltered would let a client believe a filter worked.
 */
export function assertImplemented(context: ZgwHandlerContext, implemented: readonly string[]): void {
  const missing = Object.keys(context.query).filter((name) => !implemented.includes(name));
  if (missing.length > 0) throw new ZgwProviderGap(`The provider does not implement query parameter(s) ${missing.join(', ')}`);
}

/**
 * A page of `items` as Django REST Framework's PageNumberPagination gives it (schema `Paginated...List`):
 * `count`, absolute `next`/`previous` links or null, `results`. A page past the end is 404, as in DRF.
 */
export function paginated(context: ZgwHandlerContext, items: readonly JsonObject[]): ZgwResult {
  const pageSize = typeof context.query.pageSize === 'number' && context.query.pageSize > 0 ? context.query.pageSize : context.pageSize;
  const page = typeof context.query.page === 'number' ? context.query.page : 1;
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  if (page < 1 || page > pages) return fout(context.baseUrl, 404, 'not_found', 'Niet gevonden.', 'Ongeldige pagina.');
  const link = (target: number): string | null => {
    if (target < 1 || target > pages) return null;
    const url = new URL(context.requestUrl);
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  return {
    status: 200,
    body: { count: items.length, next: link(page + 1), previous: link(page - 1), results: items.slice((page - 1) * pageSize, page * pageSize) },
  };
}

/** 200 with the object, or 404 `Fout` when there is none. */
export function found(context: ZgwHandlerContext, data: JsonObject | undefined, headers?: Readonly<Record<string, string>>): ZgwResult {
  if (!data) return fout(context.baseUrl, 404, 'not_found', 'Niet gevonden.');
  return headers ? { status: 200, body: data, headers } : { status: 200, body: data };
}
