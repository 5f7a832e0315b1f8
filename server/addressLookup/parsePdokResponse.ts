import type { FoundAddress } from '../contract/apiTypes';

/** Thrown when the address service answers with something that is not a PDOK search response. */
export class UnexpectedPdokResponse extends Error {
  override readonly name = 'UnexpectedPdokResponse';
}

/**
 * The addresses in a PDOK Locatieserver search response (`response.docs[]`), in the parts of an
 * address answer: `1234AB` postcodes, the house number as text, letter and addition only when
 * present. Documents at another postcode or number, or without street or place, are left out
 * (the filter queries should make them impossible; we do not rely on a third party for that).
 * Duplicates (same `nummeraanduiding_id`) are dropped; the rest is sorted
 * by letter, then addition (as the BAG orders them): 12, 12-1, 12-2, 12A, 12B.
 *
 * @throws UnexpectedPdokResponse when `response.docs` is missing.
 */
export function parsePdokResponse(body: unknown, query: { readonly postcode: string; readonly houseNumber: string }): FoundAddress[] {
  const docs = field(field(body, 'response'), 'docs');
  if (!Array.isArray(docs)) throw new UnexpectedPdokResponse('response.docs is not a list');
  const found = new Map<string, FoundAddress>();
  for (const doc of docs) {
    const address = toFoundAddress(doc);
    if (!address || address.postcode !== query.postcode || address.houseNumber !== query.houseNumber) continue;
    if (!found.has(address.id)) found.set(address.id, address);
  }
  return [...found.values()].sort(
    (a, b) => (a.houseLetter ?? '').localeCompare(b.houseLetter ?? '', 'nl') || (a.addition ?? '').localeCompare(b.addition ?? '', 'nl', { numeric: true }),
  );
}

function toFoundAddress(doc: unknown): FoundAddress | undefined {
  const id = text(field(doc, 'nummeraanduiding_id'));
  const street = text(field(doc, 'straatnaam'));
  const city = text(field(doc, 'woonplaatsnaam'));
  const postcode = text(field(doc, 'postcode'))?.replace(/\s/g, '').toUpperCase();
  const houseNumber = text(field(doc, 'huisnummer'));
  if (!id || !street || !city || !postcode || !houseNumber) return undefined;
  if (!/^[1-9]\d{3}[A-Z]{2}$/.test(postcode) || !/^[1-9]\d{0,4}$/.test(houseNumber)) return undefined;
  const houseLetter = text(field(doc, 'huisletter'));
  const addition = text(field(doc, 'huisnummertoevoeging'));
  return {
    id,
    postcode,
    houseNumber,
    ...(houseLetter && /^[A-Za-z]$/.test(houseLetter) ? { houseLetter } : {}),
    ...(addition && addition.length <= 4 ? { addition } : {}),
    street: street.slice(0, 100),
    city: city.slice(0, 100),
  };
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}

/** A trimmed, non-empty string; PDOK sends numbers (`huisnummer`) as JSON numbers. */
function text(value: unknown): string | undefined {
  const result = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isInteger(value) ? String(value) : undefined;
  return result === '' ? undefined : result;
}
