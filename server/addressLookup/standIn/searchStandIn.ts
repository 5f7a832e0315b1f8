import { standInAddresses, type PdokAddressDoc } from './standInAddresses';

/** The envelope of a PDOK Locatieserver search answer. */
export interface PdokSearchResponse {
  readonly response: {
    readonly numFound: number;
    readonly start: number;
    readonly maxScore: number;
    readonly numFoundExact: boolean;
    readonly docs: readonly PdokAddressDoc[];
  };
}

/** PDOK's default number of documents when `rows` is not given. */
const DEFAULT_ROWS = 10;

/**
 * Answers a `search/v3_1/free` query over the stand-in addresses as PDOK Locatieserver does for
 * the parts we use: every `fq=field:value` must match exactly (letters in any case), `rows`
 * limits the documents (default 10), `fl` (fields separated by spaces or commas) picks fields.
 */
export function searchStandIn(query: URLSearchParams): PdokSearchResponse {
  const filters = query.getAll('fq').map((filter) => {
    const colon = filter.indexOf(':');
    return { field: filter.slice(0, colon), value: filter.slice(colon + 1).toLowerCase() };
  });
  const matches = standInAddresses.filter((doc) => filters.every(({ field, value }) => doc[field] !== undefined && String(doc[field]).toLowerCase() === value));
  const rows = Number(query.get('rows') ?? DEFAULT_ROWS);
  const fields = (query.get('fl') ?? '').split(/[\s,]+/).filter((name) => name !== '' && name !== '*');
  const docs = matches
    .slice(0, Number.isInteger(rows) && rows >= 0 ? rows : DEFAULT_ROWS)
    .map((doc) => (fields.length === 0 ? doc : Object.fromEntries(Object.entries(doc).filter(([name]) => fields.includes(name)))));
  return { response: { numFound: matches.length, start: 0, maxScore: matches.length > 0 ? 1 : 0, numFoundExact: true, docs } };
}
