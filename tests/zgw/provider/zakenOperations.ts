import { randomUUID } from 'node:crypto';
import { createdResult } from './createdResult';
import { isJsonObject, type JsonObject } from './JsonValue';
import { assertImplemented, found, paginated } from './listResult';
import type { ZgwHandlerContext, ZgwOperation, ZgwResult } from './ZgwOperation';
import { fout, validatieFout } from './zgwProblems';
import { zgwUrl } from './zgwUrl';
import type { StoredObject, ZgwKind } from './ZgwState';

/** Zaken answer in EPSG:4326 (the document requires the header on these responses). */
const CRS = { 'Content-Crs': 'EPSG:4326' };

/** Labels of `betalingsindicatie` as Open Zaak writes them in `betalingsindicatieWeergave`. */
const BETALINGSINDICATIE_WEERGAVE: Readonly<Record<string, string>> = {
  '': '',
  nvt: 'Er is geen sprake van te betalen, met de zaak gemoeide, kosten.',
  nog_niet: 'De met de zaak gemoeide kosten zijn (nog) niet betaald.',
  gedeeltelijk: 'De met de zaak gemoeide kosten zijn gedeeltelijk betaald.',
  geheel: 'De met de zaak gemoeide kosten zijn geheel betaald.',
  gefactureerd: 'De met de zaak gemoeide kosten zijn gefactureerd.',
  gecrediteerd: 'De met de zaak gemoeide kosten zijn gecrediteerd.',
  betaald: 'De met de zaak gemoeide kosten zijn betaald.',
};

/** The Zaken API's operations the forwarder needs, with the checks Open Zaak makes beyond the schema. */
export const zakenOperations: readonly ZgwOperation[] = [
  { key: 'POST /zaken', api: 'zaken', writes: true, handle: createZaak },
  {
    key: 'GET /zaken',
    api: 'zaken',
    writes: false,
    handle: (context) => {
      assertImplemented(context, ['identificatie', 'bronorganisatie', 'zaaktype', 'kenmerk', 'page', 'pageSize']);
      const { identificatie, bronorganisatie, zaaktype, kenmerk } = context.query;
      const zaken = context.state
        .list('zaken')
        .map((zaak) => zaak.data)
        .filter((zaak) => matches(identificatie, zaak.identificatie) && matches(bronorganisatie, zaak.bronorganisatie) && matches(zaaktype, zaak.zaaktype))
        .filter((zaak) => kenmerk === undefined || (Array.isArray(zaak.kenmerken) && zaak.kenmerken.some((k) => isJsonObject(k) && k.kenmerk === kenmerk)));
      return withCrs(paginated(context, zaken));
    },
  },
  { key: 'GET /zaken/{uuid}', api: 'zaken', writes: false, handle: (context) => found(context, context.state.get('zaken', context.params.uuid ?? '')?.data, CRS) },
  { key: 'PATCH /zaken/{uuid}', api: 'zaken', writes: true, handle: patchZaak },
  { key: 'POST /rollen', api: 'zaken', writes: true, handle: createRol },
  listOfZaak('GET /rollen', 'rollen', ['betrokkeneType', 'omschrijvingGeneriek', 'roltype']),
  readOf('GET /rollen/{uuid}', 'rollen'),
  { key: 'POST /statussen', api: 'zaken', writes: true, handle: createStatus },
  listOfZaak('GET /statussen', 'statussen', ['statustype']),
  readOf('GET /statussen/{uuid}', 'statussen'),
  { key: 'POST /resultaten', api: 'zaken', writes: true, handle: createResultaat },
  listOfZaak('GET /resultaten', 'resultaten', ['resultaattype']),
  readOf('GET /resultaten/{uuid}', 'resultaten'),
  { key: 'POST /zaakinformatieobjecten', api: 'zaken', writes: true, handle: createZaakInformatieObject },
  {
    key: 'GET /zaakinformatieobjecten',
    api: 'zaken',
    writes: false,
    // Not paginated: the document answers a plain array here.
    handle: (context) => {
      assertImplemented(context, ['zaak', 'informatieobject']);
      const { zaak, informatieobject } = context.query;
      const links = context.state.list('zaakinformatieobjecten').map((link) => link.data);
      return { status: 200, body: links.filter((link) => matches(zaak, link.zaak) && matches(informatieobject, link.informatieobject)) };
    },
  },
  readOf('GET /zaakinformatieobjecten/{uuid}', 'zaakinformatieobjecten'),
];

function createZaak(context: ZgwHandlerContext): ZgwResult {
  const body = requestBody(context);
  const zaaktype = context.state.byUrl('zaaktypen', body.zaaktype);
  if (!zaaktype) return badUrl(context, 'zaaktype');
  if (zaaktype.data.concept === true) return invalid(context, 'zaaktype', 'not-published', 'Het ZAAKTYPE is nog niet gepubliceerd.');
  const allowed = context.client.zaaktypen;
  if (allowed && !allowed.includes(String(zaaktype.data.identificatie))) {
    return fout(context.baseUrl, 403, 'permission_denied', 'Geen toegang.', 'U heeft geen autorisatie voor dit ZAAKTYPE.');
  }
  if (typeof body.identificatie === 'string') {
    const taken = context.state.list('zaken').some((zaak) => zaak.data.identificatie === body.identificatie && zaak.data.bronorganisatie === body.bronorganisatie);
    if (taken) return invalid(context, 'identificatie', 'identificatie-niet-uniek', 'Deze identificatie bestaat al voor deze bronorganisatie');
  }
  const today = context.now.toISOString().slice(0, 10);
  const betalingsindicatie = typeof body.betalingsindicatie === 'string' ? body.betalingsindicatie : '';
  const zaak = store(context, 'zaken', (url, uuid) => ({
    url,
    uuid,
    identificatie: context.state.nextIdentificatie('ZAAK', context.now.getUTCFullYear()),
    omschrijving: '',
    toelichting: '',
    registratiedatum: today,
    einddatumGepland: null,
    uiterlijkeEinddatumAfdoening: null,
    publicatiedatum: null,
    laatstGeopend: null,
    communicatiekanaalNaam: '',
    productenOfDiensten: [],
    vertrouwelijkheidaanduiding: zaaktype.data.vertrouwelijkheidaanduiding ?? 'openbaar',
    laatsteBetaaldatum: null,
    zaakgeometrie: null,
    verlenging: null,
    opschorting: { indicatie: false, eerdereOpschorting: false, reden: '' },
    hoofdzaak: null,
    relevanteAndereZaken: [],
    gerelateerdeZaken: [],
    kenmerken: [],
    archiefnominatie: null,
    archiefstatus: 'nog_te_archiveren',
    archiefactiedatum: null,
    processobjectaard: '',
    startdatumBewaartermijn: null,
    processobject: null,
    ...body,
    einddatum: null,
    laatstGemuteerd: context.now.toISOString(),
    betalingsindicatie,
    betalingsindicatieWeergave: BETALINGSINDICATIE_WEERGAVE[betalingsindicatie] ?? '',
    deelzaken: [],
    eigenschappen: [],
    rollen: [],
    status: null,
    zaakinformatieobjecten: [],
    zaakobjecten: [],
    resultaat: null,
  }));
  return createdResult(zaak, CRS);
}

/** Fields the client never sets: the provider derives them, and Open Zaak ignores them in a request. */
const DERIVED_ZAAK_FIELDS = new Set([
  'url',
  'uuid',
  'einddatum',
  'laatstGemuteerd',
  'betalingsindicatieWeergave',
  'deelzaken',
  'eigenschappen',
  'rollen',
  'status',
  'zaakinformatieobjecten',
  'zaakobjecten',
  'resultaat',
]);

/** `PATCH /zaken/{uuid}`: changes the fields sent (e.g. `verlenging`); `zaaktype` and `identificatie` stay as they are. */
function patchZaak(context: ZgwHandlerContext): ZgwResult {
  const zaak = context.state.get('zaken', context.params.uuid ?? '');
  if (!zaak) return fout(context.baseUrl, 404, 'not_found', 'Niet gevonden.');
  const body = requestBody(context);
  for (const name of ['zaaktype', 'identificatie'] as const) {
    if (body[name] !== undefined && body[name] !== zaak.data[name]) return invalid(context, name, 'wijzigen-niet-toegelaten', 'Dit veld mag niet gewijzigd worden.');
  }
  for (const [name, value] of Object.entries(body)) if (!DERIVED_ZAAK_FIELDS.has(name)) zaak.data[name] = value;
  zaak.data.laatstGemuteerd = context.now.toISOString();
  return { status: 200, body: zaak.data, headers: CRS };
}

/** `POST /resultaten`: a zaak has at most one resultaat (Open Zaak's `unique` on the zaak). */
function createResultaat(context: ZgwHandlerContext): ZgwResult {
  const body = requestBody(context);
  const zaak = context.state.byUrl('zaken', body.zaak);
  if (!zaak) return badUrl(context, 'zaak');
  const resultaattype = context.state.byUrl('resultaattypen', body.resultaattype);
  if (!resultaattype) return badUrl(context, 'resultaattype');
  if (resultaattype.data.zaaktype !== zaak.data.zaaktype) return zaaktypeMismatch(context, 'resultaattype');
  if (zaak.data.resultaat !== null) return invalid(context, 'zaak', 'unique', 'Resultaat met deze Zaak bestaat al.');
  const resultaat = store(context, 'resultaten', (url, uuid) => ({ url, uuid, toelichting: '', ...body }));
  zaak.data.resultaat = resultaat.url;
  return createdResult(resultaat);
}

function createRol(context: ZgwHandlerContext): ZgwResult {
  const body = requestBody(context);
  const zaak = context.state.byUrl('zaken', body.zaak);
  if (!zaak) return badUrl(context, 'zaak');
  const roltype = context.state.byUrl('roltypen', body.roltype);
  if (!roltype) return badUrl(context, 'roltype');
  if (roltype.data.zaaktype !== zaak.data.zaaktype) return zaaktypeMismatch(context, 'roltype');
  if (body.betrokkene === undefined && body.betrokkeneIdentificatie === undefined) {
    return invalid(context, 'betrokkeneIdentificatie', 'required', 'Geef betrokkene of betrokkeneIdentificatie.');
  }
  const rol = store(context, 'rollen', (url, uuid) => ({
    url,
    uuid,
    afwijkendeNaamBetrokkene: '',
    roltoelichting: '',
    indicatieMachtiging: '',
    contactpersoonRol: null,
    beginGeldigheid: null,
    eindeGeldigheid: null,
    ...body,
    omschrijving: roltype.data.omschrijving ?? '',
    omschrijvingGeneriek: roltype.data.omschrijvingGeneriek ?? '',
    registratiedatum: context.now.toISOString(),
    statussen: [],
  }));
  append(zaak, 'rollen', rol.url);
  return createdResult(rol);
}

function createStatus(context: ZgwHandlerContext): ZgwResult {
  const body = requestBody(context);
  const zaak = context.state.byUrl('zaken', body.zaak);
  if (!zaak) return badUrl(context, 'zaak');
  const statustype = context.state.byUrl('statustypen', body.statustype);
  if (!statustype) return badUrl(context, 'statustype');
  if (statustype.data.zaaktype !== zaak.data.zaaktype) return zaaktypeMismatch(context, 'statustype');
  // Open Zaak closes a zaak only once it has its result.
  if (statustype.data.isEindstatus === true && zaak.data.resultaat === null) {
    return invalid(context, 'nonFieldErrors', 'resultaat-does-not-exist', 'De zaak heeft geen resultaat; zet dat eerst.');
  }
  const status = store(context, 'statussen', (url, uuid) => ({
    url,
    uuid,
    statustoelichting: '',
    gezetdoor: null,
    ...body,
    indicatieLaatstGezetteStatus: false,
    zaakinformatieobjecten: [],
  }));
  // The zaak's status is the one set last by `datumStatusGezet`, whatever the order they were sent in.
  const ofZaak = context.state.list('statussen').filter((s) => s.data.zaak === zaak.url);
  const latest = ofZaak.reduce((a, b) => (String(b.data.datumStatusGezet) >= String(a.data.datumStatusGezet) ? b : a));
  for (const s of ofZaak) s.data.indicatieLaatstGezetteStatus = s === latest;
  zaak.data.status = latest.url;
  // The end status closes the zaak on its day; any later status opens it again (as Open Zaak does).
  const latestType = context.state.byUrl('statustypen', latest.data.statustype);
  zaak.data.einddatum = latestType?.data.isEindstatus === true ? String(latest.data.datumStatusGezet).slice(0, 10) : null;
  return createdResult(status);
}

function createZaakInformatieObject(context: ZgwHandlerContext): ZgwResult {
  const body = requestBody(context);
  const zaak = context.state.byUrl('zaken', body.zaak);
  if (!zaak) return badUrl(context, 'zaak');
  if (!context.state.byUrl('enkelvoudiginformatieobjecten', body.informatieobject)) return badUrl(context, 'informatieobject');
  const twice = context.state.list('zaakinformatieobjecten').some((link) => link.data.zaak === zaak.url && link.data.informatieobject === body.informatieobject);
  if (twice) return invalid(context, 'nonFieldErrors', 'unique', 'De velden zaak, informatieobject moeten een unieke set zijn.');
  const link = store(context, 'zaakinformatieobjecten', (url, uuid) => ({
    url,
    uuid,
    titel: '',
    beschrijving: '',
    vernietigingsdatum: null,
    status: null,
    ...body,
    aardRelatieWeergave: 'Hoort bij, omgekeerd: kent',
    registratiedatum: context.now.toISOString(),
  }));
  append(zaak, 'zaakinformatieobjecten', link.url);
  return createdResult(link);
}

/** `GET /<kind>?zaak=` and the other filters named, paginated. */
function listOfZaak(key: ZgwOperation['key'], kind: ZgwKind, filters: readonly string[]): ZgwOperation {
  return {
    key,
    api: 'zaken',
    writes: false,
    handle: (context) => {
      assertImplemented(context, ['zaak', ...filters, 'page', 'pageSize']);
      const items = context.state.list(kind).map((object) => object.data);
      return paginated(context, items.filter((item) => ['zaak', ...filters].every((name) => matches(context.query[name], item[name]))));
    },
  };
}

function readOf(key: ZgwOperation['key'], kind: ZgwKind): ZgwOperation {
  return { key, api: 'zaken', writes: false, handle: (context) => found(context, context.state.get(kind, context.params.uuid ?? '')?.data) };
}

function store(context: ZgwHandlerContext, kind: ZgwKind, data: (url: string, uuid: string) => JsonObject): StoredObject {
  const uuid = randomUUID();
  const url = zgwUrl(context.baseUrl, 'zaken', kind, uuid);
  return context.state.add(kind, { uuid, url, data: data(url, uuid) });
}

function requestBody(context: ZgwHandlerContext): JsonObject {
  if (!isJsonObject(context.body)) throw new Error('The contract lets only an object body through');
  return context.body;
}

function append(object: StoredObject, field: string, url: string): void {
  const list = object.data[field];
  if (Array.isArray(list)) list.push(url);
}

function matches(wanted: unknown, actual: unknown): boolean {
  return wanted === undefined || wanted === actual;
}

function withCrs(result: ZgwResult): ZgwResult {
  return result.status === 200 ? { ...result, headers: { ...result.headers, ...CRS } } : result;
}

function invalid(context: ZgwHandlerContext, name: string, code: string, reason: string): ZgwResult {
  return validatieFout(context.baseUrl, [{ name, code, reason }]);
}

/** A reference that does not lead to an object of the right kind: Open Zaak's `bad-url`. */
function badUrl(context: ZgwHandlerContext, name: string): ZgwResult {
  return invalid(context, name, 'bad-url', 'De URL leidt niet naar een bestaand object van de juiste soort.');
}

function zaaktypeMismatch(context: ZgwHandlerContext, name: string): ZgwResult {
  return invalid(context, name, 'zaaktype-mismatch', `Het ${name.toUpperCase()} hoort niet bij het ZAAKTYPE van de ZAAK.`);
}
