import { randomUUID } from 'node:crypto';
import { createdResult } from './createdResult';
import { isJsonObject } from './JsonValue';
import { assertImplemented, found, paginated } from './listResult';
import type { ZgwHandlerContext, ZgwOperation, ZgwResult } from './ZgwOperation';
import { fout, validatieFout } from './zgwProblems';
import { zgwUrl } from './zgwUrl';

/** The Documenten API's operations the forwarder needs; `inhoud` is kept as bytes and served by `/download`. */
export const documentenOperations: readonly ZgwOperation[] = [
  { key: 'POST /enkelvoudiginformatieobjecten', api: 'documenten', writes: true, handle: createDocument },
  {
    key: 'GET /enkelvoudiginformatieobjecten',
    api: 'documenten',
    writes: false,
    handle: (context) => {
      assertImplemented(context, ['identificatie', 'bronorganisatie', 'informatieobjecttype', 'page', 'pageSize']);
      const wanted = ['identificatie', 'bronorganisatie', 'informatieobjecttype'] as const;
      const documents = context.state.list('enkelvoudiginformatieobjecten').map((document) => document.data);
      return paginated(context, documents.filter((document) => wanted.every((name) => context.query[name] === undefined || context.query[name] === document[name])));
    },
  },
  {
    key: 'GET /enkelvoudiginformatieobjecten/{uuid}',
    api: 'documenten',
    writes: false,
    handle: (context) => {
      assertImplemented(context, []);
      return found(context, context.state.get('enkelvoudiginformatieobjecten', context.params.uuid ?? '')?.data);
    },
  },
  {
    key: 'GET /enkelvoudiginformatieobjecten/{uuid}/download',
    api: 'documenten',
    writes: false,
    handle: (context) => {
      assertImplemented(context, ['versie']);
      const uuid = context.params.uuid ?? '';
      const bytes = context.state.contents.get(uuid);
      if (!context.state.get('enkelvoudiginformatieobjecten', uuid) || !bytes) return fout(context.baseUrl, 404, 'not_found', 'Niet gevonden.');
      return { status: 200, body: bytes, headers: { 'Content-Type': 'application/octet-stream' } };
    },
  },
];

function createDocument(context: ZgwHandlerContext): ZgwResult {
  const body = isJsonObject(context.body) ? context.body : {};
  const type = context.state.byUrl('informatieobjecttypen', body.informatieobjecttype);
  const invalid = (name: string, code: string, reason: string) => validatieFout(context.baseUrl, [{ name, code, reason }]);
  if (!type) return invalid('informatieobjecttype', 'bad-url', 'De URL leidt niet naar een bestaand INFORMATIEOBJECTTYPE.');
  if (type.data.concept === true) return invalid('informatieobjecttype', 'not-published', 'Het INFORMATIEOBJECTTYPE is nog niet gepubliceerd.');
  if (typeof body.identificatie === 'string') {
    const taken = context.state
      .list('enkelvoudiginformatieobjecten')
      .some((document) => document.data.identificatie === body.identificatie && document.data.bronorganisatie === body.bronorganisatie);
    if (taken) return invalid('identificatie', 'identificatie-niet-uniek', 'Deze identificatie bestaat al voor deze bronorganisatie');
  }
  const uuid = randomUUID();
  const url = zgwUrl(context.baseUrl, 'documenten', 'enkelvoudiginformatieobjecten', uuid);
  // The schema checked `inhoud` as base64 (`format: byte`); what is kept is the bytes it stands for.
  const bytes = typeof body.inhoud === 'string' ? Buffer.from(body.inhoud, 'base64') : undefined;
  if (bytes) context.state.contents.set(uuid, bytes);
  const document = context.state.add('enkelvoudiginformatieobjecten', {
    uuid,
    url,
    data: {
      url,
      identificatie: context.state.nextIdentificatie('DOCUMENT', context.now.getUTCFullYear()),
      vertrouwelijkheidaanduiding: type.data.vertrouwelijkheidaanduiding ?? 'openbaar',
      status: '',
      formaat: '',
      bestandsnaam: '',
      beschrijving: '',
      ontvangstdatum: null,
      verzenddatum: null,
      indicatieGebruiksrecht: null,
      verschijningsvorm: '',
      ondertekening: null,
      integriteit: null,
      trefwoorden: [],
      ...body,
      versie: 1,
      beginRegistratie: context.now.toISOString(),
      inhoud: bytes ? `${url}/download?versie=1` : null,
      bestandsomvang: typeof body.bestandsomvang === 'number' ? body.bestandsomvang : (bytes?.length ?? null),
      locked: false,
      bestandsdelen: [],
    },
  });
  return createdResult(document);
}
