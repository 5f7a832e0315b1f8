import type { JsonObject } from './JsonValue';
import { assertImplemented, found, paginated } from './listResult';
import type { ZgwHandlerContext, ZgwOperation } from './ZgwOperation';
import type { ZgwKind } from './ZgwState';

/** The Catalogi API's read operations the forwarder needs, with the filters as the document defines them. */
export const catalogiOperations: readonly ZgwOperation[] = [
  list('GET /catalogussen', 'catalogussen', ['domein', 'domein__in', 'rsin', 'rsin__in'], (query, item) => {
    return (
      matches(query.domein, item.domein) &&
      matches(query.rsin, item.rsin) &&
      within(query.domein__in, item.domein) &&
      within(query.rsin__in, item.rsin)
    );
  }),
  read('GET /catalogussen/{uuid}', 'catalogussen'),
  list('GET /zaaktypen', 'zaaktypen', ['catalogus', 'identificatie', 'status', 'datumGeldigheid'], (query, item) => {
    return (
      matches(query.catalogus, item.catalogus) &&
      matches(query.identificatie, item.identificatie) &&
      published(query.status, item.concept === true) &&
      validOn(query.datumGeldigheid, item)
    );
  }),
  read('GET /zaaktypen/{uuid}', 'zaaktypen'),
  list('GET /roltypen', 'roltypen', ['zaaktype', 'omschrijving', 'omschrijvingGeneriek', 'status'], (query, item, context) => {
    return (
      matches(query.zaaktype, item.zaaktype) &&
      matches(query.omschrijving, item.omschrijving) &&
      matches(query.omschrijvingGeneriek, item.omschrijvingGeneriek) &&
      published(query.status, zaaktypeIsConcept(context, item))
    );
  }),
  read('GET /roltypen/{uuid}', 'roltypen'),
  list('GET /statustypen', 'statustypen', ['zaaktype', 'status'], (query, item, context) => {
    return matches(query.zaaktype, item.zaaktype) && published(query.status, zaaktypeIsConcept(context, item));
  }),
  read('GET /statustypen/{uuid}', 'statustypen'),
  list('GET /resultaattypen', 'resultaattypen', ['zaaktype', 'status'], (query, item, context) => {
    return matches(query.zaaktype, item.zaaktype) && published(query.status, zaaktypeIsConcept(context, item));
  }),
  read('GET /resultaattypen/{uuid}', 'resultaattypen'),
  list('GET /informatieobjecttypen', 'informatieobjecttypen', ['catalogus', 'omschrijving', 'zaaktype', 'status'], (query, item) => {
    const zaaktypen = Array.isArray(item.zaaktypen) ? item.zaaktypen : [];
    return (
      matches(query.catalogus, item.catalogus) &&
      matches(query.omschrijving, item.omschrijving) &&
      (query.zaaktype === undefined || zaaktypen.includes(String(query.zaaktype))) &&
      published(query.status, item.concept === true)
    );
  }),
  read('GET /informatieobjecttypen/{uuid}', 'informatieobjecttypen'),
];

type Filter = (query: Readonly<Record<string, unknown>>, item: JsonObject, context: ZgwHandlerContext) => boolean;

function list(key: ZgwOperation['key'], kind: ZgwKind, filters: readonly string[], keep: Filter): ZgwOperation {
  return {
    key,
    api: 'catalogi',
    writes: false,
    handle: (context) => {
      assertImplemented(context, [...filters, 'page', 'pageSize']);
      const items = context.state.list(kind).map((object) => object.data);
      return paginated(context, items.filter((item) => keep(context.query, item, context)));
    },
  };
}

function read(key: ZgwOperation['key'], kind: ZgwKind): ZgwOperation {
  return { key, api: 'catalogi', writes: false, handle: (context) => found(context, context.state.get(kind, context.params.uuid ?? '')?.data) };
}

function matches(wanted: unknown, actual: unknown): boolean {
  return wanted === undefined || wanted === actual;
}

function within(wanted: unknown, actual: unknown): boolean {
  return !Array.isArray(wanted) || wanted.includes(actual);
}

/** `status`: `definitief` (the default) shows published objects only, `concept` drafts only, `alles` both. */
function published(status: unknown, concept: boolean): boolean {
  if (status === 'alles') return true;
  if (status === 'concept') return concept;
  return !concept;
}

/** `datumGeldigheid`: valid on that day, `beginGeldigheid <= day <= eindeGeldigheid` (open-ended when null). */
function validOn(day: unknown, item: JsonObject): boolean {
  if (typeof day !== 'string') return true;
  const begin = String(item.beginGeldigheid);
  const end = typeof item.eindeGeldigheid === 'string' ? item.eindeGeldigheid : undefined;
  return begin <= day && (end === undefined || day <= end);
}

function zaaktypeIsConcept(context: ZgwHandlerContext, item: JsonObject): boolean {
  return context.state.byUrl('zaaktypen', item.zaaktype)?.data.concept === true;
}
