import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { signZgwJwt, startZgwProvider, type InvalidParam, type SeededCatalogus, type ZgwProvider } from '../zgw/provider';

const client = { clientId: 'hulploket', secret: 'geheim-van-de-test-die-lang-genoeg-is' };
const RSIN = '002220647';

let provider: ZgwProvider;
let catalogus: SeededCatalogus;

beforeAll(async () => {
  provider = await startZgwProvider({ clients: [client] });
});
afterAll(async () => {
  await provider.close();
});
beforeEach(() => {
  provider.reset();
  catalogus = provider.seedCatalogus({
    domein: 'VERG',
    rsin: RSIN,
    zaaktypen: [
      {
        identificatie: 'KAPVERGUNNING',
        omschrijving: 'Kapvergunning (oude versie)',
        beginGeldigheid: '2024-01-01',
        eindeGeldigheid: '2025-12-31',
        doorlooptijd: 'P8W',
        roltypen: [{ omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' }],
        statustypen: [{ volgnummer: 1, omschrijving: 'Ontvangen' }],
        informatieobjecttypen: [{ omschrijving: 'Aanvraag' }],
      },
      {
        identificatie: 'KAPVERGUNNING',
        omschrijving: 'Kapvergunning',
        beginGeldigheid: '2026-01-01',
        doorlooptijd: 'P8W',
        servicenorm: 'P6W',
        verlengingMogelijk: true,
        verlengingstermijn: 'P6W',
        roltypen: [
          { omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' },
          { omschrijving: 'Baliemedewerker', omschrijvingGeneriek: 'klantcontacter' },
        ],
        statustypen: [
          { volgnummer: 2, omschrijving: 'In behandeling', statustekst: 'Uw aanvraag wordt behandeld.' },
          { volgnummer: 1, omschrijving: 'Ontvangen', statustekst: 'Wij hebben uw aanvraag ontvangen.' },
        ],
        informatieobjecttypen: [{ omschrijving: 'Aanvraag' }, { omschrijving: 'Bijlage' }],
      },
      {
        identificatie: 'CONCEPT',
        omschrijving: 'Nog niet gepubliceerd',
        concept: true,
        beginGeldigheid: '2026-01-01',
        doorlooptijd: 'P1W',
        roltypen: [],
        statustypen: [],
        informatieobjecttypen: [],
      },
    ],
  });
});
afterEach(() => {
  // The provider checks its own answers against the documents: none may have been wrong.
  expect(provider.problems()).toEqual([]);
});

/**
 * The fields these tests read from an answer, loosely typed: the provider itself checks each answer against the
 * official document, so the tests need not repeat its shape.
 */
interface Answer {
  readonly url: string;
  readonly code: string;
  readonly count: number;
  readonly inhoud: string;
  readonly results: readonly Answer[];
  readonly invalidParams: readonly InvalidParam[];
  readonly [field: string]: unknown;
}

interface Call {
  readonly token?: string | null;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

async function call(method: 'GET' | 'POST' | 'PATCH', url: string, { token, body, headers }: Call = {}): Promise<{ status: number; body: Answer; headers: Headers }> {
  const bearer = token === undefined ? signZgwJwt(client, { user_id: 'mdw-17', user_representation: 'M. de Vries' }) : token;
  const response = await fetch(url, {
    method,
    headers: {
      ...(bearer === null ? {} : { Authorization: `Bearer ${bearer}` }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, body: type.includes('json') ? (JSON.parse(text) as Answer) : ({ text } as unknown as Answer), headers: response.headers };
}

/** The one result that `keep` selects; a test that finds none fails here, by name. */
function one(results: readonly Answer[], keep: (result: Answer) => boolean = () => true): Answer {
  const found = results.filter(keep);
  expect(found).toHaveLength(1);
  return found[0] as Answer;
}

const CRS = { 'Content-Crs': 'EPSG:4326', 'Accept-Crs': 'EPSG:4326' };

function zaakBody(zaaktype: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    identificatie: 'HV-2026-000123',
    bronorganisatie: RSIN,
    verantwoordelijkeOrganisatie: RSIN,
    zaaktype,
    startdatum: '2026-03-02',
    omschrijving: 'Kapvergunning Dorpsstraat 1',
    kenmerken: [{ kenmerk: 'HV-2026-000123', bron: 'Hulploket' }],
    betalingsindicatie: 'nvt',
    ...extra,
  };
}

async function currentZaaktype(): Promise<string> {
  const { body } = await call('GET', `${provider.apis.catalogi}/zaaktypen?catalogus=${encodeURIComponent(catalogus.url)}&identificatie=KAPVERGUNNING&status=definitief&datumGeldigheid=2026-03-02`);
  return one(body.results).url;
}

describe('the test ZGW provider', () => {
  test('a full registration walk with plain fetch succeeds, and every object is listed', async () => {
    const { apis } = provider;
    const catalogi = await call('GET', `${apis.catalogi}/catalogussen?domein=VERG&rsin=${RSIN}`);
    expect(catalogi.status).toBe(200);
    expect(catalogi.body).toMatchObject({ count: 1, next: null, previous: null });
    const catalogusUrl = one(catalogi.body.results).url;
    expect(catalogusUrl).toBe(catalogus.url);

    const zaaktypen = await call('GET', `${apis.catalogi}/zaaktypen?catalogus=${encodeURIComponent(catalogusUrl)}&identificatie=KAPVERGUNNING&status=definitief&datumGeldigheid=2026-03-02`);
    expect(zaaktypen.body.count).toBe(1);
    const zaaktype = one(zaaktypen.body.results);
    expect(zaaktype).toMatchObject({ omschrijving: 'Kapvergunning', concept: false, doorlooptijd: 'P8W', servicenorm: 'P6W', verlengingMogelijk: true, verlengingstermijn: 'P6W' });
    const older = await call('GET', `${apis.catalogi}/zaaktypen?identificatie=KAPVERGUNNING&datumGeldigheid=2025-06-01`);
    expect(older.body.results.map((z) => z.omschrijving)).toEqual(['Kapvergunning (oude versie)']);
    expect((await call('GET', zaaktype.url)).body.url).toBe(zaaktype.url);

    const roltypen = await call('GET', `${apis.catalogi}/roltypen?zaaktype=${encodeURIComponent(zaaktype.url)}`);
    const initiator = one(roltypen.body.results, (r) => r.omschrijvingGeneriek === 'initiator');
    const medewerker = one(roltypen.body.results, (r) => r.omschrijving === 'Baliemedewerker');
    const statustypen = await call('GET', `${apis.catalogi}/statustypen?zaaktype=${encodeURIComponent(zaaktype.url)}`);
    const lowest = Math.min(...statustypen.body.results.map((s) => Number(s.volgnummer)));
    const first = one(statustypen.body.results, (s) => s.volgnummer === lowest);
    expect(first.statustekst).toBe('Wij hebben uw aanvraag ontvangen.');
    const iots = await call('GET', `${apis.catalogi}/informatieobjecttypen?catalogus=${encodeURIComponent(catalogusUrl)}&omschrijving=Aanvraag`);
    const aanvraagType = one(iots.body.results).url;

    const zaak = await call('POST', `${apis.zaken}/zaken`, { body: zaakBody(zaaktype.url), headers: CRS });
    expect(zaak.status).toBe(201);
    expect(zaak.headers.get('location')).toBe(zaak.body.url);
    expect(zaak.headers.get('content-crs')).toBe('EPSG:4326');
    expect(zaak.body.url.startsWith(`${apis.zaken}/zaken/`)).toBe(true);

    const pdf = Buffer.from('%PDF-1.7\nAanvraag kapvergunning\n');
    const document = await call('POST', `${apis.documenten}/enkelvoudiginformatieobjecten`, {
      body: {
        identificatie: 'HV-2026-000123-aanvraag',
        bronorganisatie: RSIN,
        creatiedatum: '2026-03-02',
        titel: 'Aanvraag kapvergunning',
        auteur: 'Hulploket',
        taal: 'dut',
        informatieobjecttype: aanvraagType,
        inhoud: pdf.toString('base64'),
        bestandsnaam: 'aanvraag.pdf',
        formaat: 'application/pdf',
        indicatieGebruiksrecht: false,
      },
    });
    expect(document.status).toBe(201);
    expect(document.body).toMatchObject({ bestandsomvang: pdf.length, versie: 1, locked: false });
    const download = await fetch(document.body.inhoud, { headers: { Authorization: `Bearer ${signZgwJwt(client)}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);

    const link = await call('POST', `${apis.zaken}/zaakinformatieobjecten`, { body: { zaak: zaak.body.url, informatieobject: document.body.url } });
    expect(link.status).toBe(201);
    const applicant = await call('POST', `${apis.zaken}/rollen`, {
      body: {
        zaak: zaak.body.url,
        roltype: initiator.url,
        roltoelichting: 'Aanvrager',
        betrokkeneType: 'natuurlijk_persoon',
        betrokkeneIdentificatie: { inpBsn: '999993653', geslachtsnaam: 'Jansen', voornamen: 'Anna' },
        contactpersoonRol: { emailadres: 'anna@example.org', telefoonnummer: '0612345678', naam: 'Anna Jansen' },
      },
    });
    expect(applicant.status).toBe(201);
    expect(applicant.body).toMatchObject({ omschrijvingGeneriek: 'initiator', betrokkeneType: 'natuurlijk_persoon' });
    const employee = await call('POST', `${apis.zaken}/rollen`, {
      body: {
        zaak: zaak.body.url,
        roltype: medewerker.url,
        roltoelichting: 'Heeft geholpen aan de balie',
        betrokkeneType: 'medewerker',
        betrokkeneIdentificatie: { identificatie: 'mdw-17', achternaam: 'Vries', voorletters: 'M', voorvoegselAchternaam: 'de' },
      },
    });
    expect(employee.status).toBe(201);
    const status = await call('POST', `${apis.zaken}/statussen`, {
      body: { zaak: zaak.body.url, statustype: first.url, datumStatusGezet: '2026-03-02T10:00:00Z', statustoelichting: 'Ontvangen via het hulploket' },
    });
    expect(status.status).toBe(201);
    expect(status.body.indicatieLaatstGezetteStatus).toBe(true);

    const read = await call('GET', zaak.body.url, { headers: { 'Accept-Crs': 'EPSG:4326' } });
    expect(read.body).toMatchObject({ status: status.body.url, rollen: [applicant.body.url, employee.body.url], zaakinformatieobjecten: [link.body.url] });
    const found = await call('GET', `${apis.zaken}/zaken?identificatie=HV-2026-000123&bronorganisatie=${RSIN}`, { headers: { 'Accept-Crs': 'EPSG:4326' } });
    expect(found.body.results.map((z) => z.url)).toEqual([zaak.body.url]);
    const documents = await call('GET', `${apis.documenten}/enkelvoudiginformatieobjecten?identificatie=HV-2026-000123-aanvraag&bronorganisatie=${RSIN}`);
    expect(documents.body.results.map((d) => d.url)).toEqual([document.body.url]);
    expect((await call('GET', `${apis.zaken}/rollen?zaak=${encodeURIComponent(zaak.body.url)}`)).body.count).toBe(2);
    expect((await call('GET', `${apis.zaken}/statussen?zaak=${encodeURIComponent(zaak.body.url)}`)).body.count).toBe(1);
    const links = await call('GET', `${apis.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.body.url)}`);
    expect((links.body as unknown as Answer[]).map((l) => l.url)).toEqual([link.body.url]);
    expect((await call('GET', document.body.url)).body.url).toBe(document.body.url);

    expect(provider.counts()).toMatchObject({ zaken: 1, rollen: 2, statussen: 1, zaakinformatieobjecten: 1, enkelvoudiginformatieobjecten: 1 });
    expect(provider.content(document.body.url)).toEqual(pdf);
    const posts = provider.requests().filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.operation)).toEqual(['POST /zaken', 'POST /enkelvoudiginformatieobjecten', 'POST /zaakinformatieobjecten', 'POST /rollen', 'POST /rollen', 'POST /statussen']);
    expect(posts.every((r) => r.claims?.user_id === 'mdw-17' && r.claims.client_id === 'hulploket' && r.status === 201)).toBe(true);
  });

  test('an invalid body is refused with 400 and a ValidatieFout naming each field', async () => {
    const zaaktype = await currentZaaktype();
    const { bronorganisatie: _missing, ...withoutBron } = zaakBody(zaaktype);
    const refused = await call('POST', `${provider.apis.zaken}/zaken`, {
      body: { ...withoutBron, omschrijving: 'x'.repeat(81), betalingsindicatie: 'misschien' },
      headers: CRS,
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'invalid', status: 400, title: expect.any(String), instance: expect.any(String) });
    expect(refused.body.invalidParams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'bronorganisatie', code: 'required' }),
        expect.objectContaining({ name: 'omschrijving', code: 'max_length' }),
        expect.objectContaining({ name: 'betalingsindicatie', code: 'invalid_choice' }),
      ]),
    );
    const rol = await call('POST', `${provider.apis.zaken}/rollen`, { body: { zaak: 'geen url', roltype: zaaktype, betrokkeneType: 'buurman' } });
    expect(rol.status).toBe(400);
    expect(rol.body.invalidParams).toEqual([expect.objectContaining({ name: 'betrokkeneType', code: 'invalid_choice' })]);
    const document = await call('POST', `${provider.apis.documenten}/enkelvoudiginformatieobjecten`, { body: { bronorganisatie: RSIN, inhoud: 'niet base64!' } });
    expect(document.status).toBe(400);
    expect(document.body.invalidParams).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'inhoud', code: 'invalid' }), expect.objectContaining({ name: 'titel', code: 'required' })]));
    const unknownFilter = await call('GET', `${provider.apis.zaken}/zaken?nummer=1`);
    expect(unknownFilter.status).toBe(400);
    expect(provider.counts().zaken).toBe(0);
  });

  test('headers: a zaak without Content-Crs is 412, another CRS 406, another Content-Type 415', async () => {
    const zaaktype = await currentZaaktype();
    expect((await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(zaaktype) })).status).toBe(412);
    expect((await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(zaaktype), headers: { 'Content-Crs': 'EPSG:28992' } })).status).toBe(406);
    expect((await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(zaaktype), headers: { ...CRS, 'Content-Type': 'text/plain' } })).status).toBe(415);
    expect(provider.counts().zaken).toBe(0);
  });

  test('references are checked: unknown zaak, unknown zaaktype, concept zaaktype, roltype of another zaaktype', async () => {
    const zaaktype = await currentZaaktype();
    const unknownZaaktype = await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(`${provider.apis.catalogi}/zaaktypen/00000000-0000-4000-8000-000000000000`), headers: CRS });
    expect(unknownZaaktype.body.invalidParams).toEqual([expect.objectContaining({ name: 'zaaktype', code: 'bad-url' })]);
    const concept = one((await call('GET', `${provider.apis.catalogi}/zaaktypen?identificatie=CONCEPT&status=concept`)).body.results).url;
    const notPublished = await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(concept), headers: CRS });
    expect(notPublished.body.invalidParams).toEqual([expect.objectContaining({ name: 'zaaktype', code: 'not-published' })]);
    const rolForNothing = await call('POST', `${provider.apis.zaken}/rollen`, {
      body: { zaak: `${provider.apis.zaken}/zaken/00000000-0000-4000-8000-000000000000`, roltype: catalogus.zaaktypen[1]?.roltypen.Aanvrager, betrokkeneType: 'medewerker', betrokkeneIdentificatie: { identificatie: 'x' } },
    });
    expect(rolForNothing.status).toBe(400);
    expect(rolForNothing.body.invalidParams).toEqual([expect.objectContaining({ name: 'zaak', code: 'bad-url' })]);
    const zaak = await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(zaaktype), headers: CRS });
    const otherRoltype = catalogus.zaaktypen[0]?.roltypen.Aanvrager;
    const mismatch = await call('POST', `${provider.apis.zaken}/rollen`, { body: { zaak: zaak.body.url, roltype: otherRoltype, betrokkeneType: 'medewerker', betrokkeneIdentificatie: { identificatie: 'x' } } });
    expect(mismatch.body.invalidParams).toEqual([expect.objectContaining({ code: 'zaaktype-mismatch' })]);
    expect((await call('GET', `${provider.apis.zaken}/zaken/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await call('GET', `${provider.apis.zaken}/zaken/geen-uuid`)).status).toBe(404);
    expect(provider.counts()).toMatchObject({ zaken: 1, rollen: 0 });
  });

  test('a second zaak or document with the same identificatie at the same bronorganisatie is 400 identificatie-niet-uniek', async () => {
    const zaaktype = await currentZaaktype();
    expect((await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(zaaktype), headers: CRS })).status).toBe(201);
    const again = await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(zaaktype), headers: CRS });
    expect(again.status).toBe(400);
    expect(again.body.invalidParams).toEqual([expect.objectContaining({ name: 'identificatie', code: 'identificatie-niet-uniek' })]);
    expect((await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(zaaktype, { bronorganisatie: '123456782' }), headers: CRS })).status).toBe(201);
    const type = catalogus.zaaktypen[1]?.informatieobjecttypen.Aanvraag;
    const document = { identificatie: 'DOC-1', bronorganisatie: RSIN, creatiedatum: '2026-03-02', titel: 'Aanvraag', auteur: 'Hulploket', taal: 'dut', informatieobjecttype: type };
    expect((await call('POST', `${provider.apis.documenten}/enkelvoudiginformatieobjecten`, { body: document })).status).toBe(201);
    const twice = await call('POST', `${provider.apis.documenten}/enkelvoudiginformatieobjecten`, { body: document });
    expect(twice.body.invalidParams).toEqual([expect.objectContaining({ name: 'identificatie', code: 'identificatie-niet-uniek' })]);
    expect(provider.counts()).toMatchObject({ zaken: 2, enkelvoudiginformatieobjecten: 1 });
  });

  test('JWT: none, a wrong signature or an old iat is 401, an unknown client 403; the claims of each accepted request are recorded', async () => {
    const url = `${provider.apis.catalogi}/catalogussen`;
    expect((await call('GET', url, { token: null })).status).toBe(401);
    expect((await call('GET', url, { token: signZgwJwt({ ...client, secret: 'een ander geheim' }) })).status).toBe(401);
    const old = await call('GET', url, { token: signZgwJwt(client, { iat: Math.floor(Date.now() / 1000) - 3601 - 5 }) });
    expect(old.status).toBe(401);
    expect(old.body.code).toBe('jwt-expired');
    expect((await call('GET', url, { token: signZgwJwt({ clientId: 'onbekend', secret: client.secret }) })).status).toBe(403);
    const [header = '', payload = ''] = signZgwJwt(client).split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect(header).not.toBe('');
    expect((await call('GET', url, { token: unsigned })).status).toBe(401);
    expect((await call('GET', url)).status).toBe(200);
    expect(provider.requests().map((r) => r.claims?.user_id ?? null)).toEqual([null, null, null, null, null, 'mdw-17']);
  });

  test('a client without authorisation for the zaaktype gets 403 and no zaak', async () => {
    const limited = { clientId: 'beperkt', secret: 'een-ander-geheim-van-de-test', zaaktypen: ['OMGEVINGSVERGUNNING'] };
    const strict = await startZgwProvider({ clients: [limited] });
    try {
      const seeded = strict.seedCatalogus({
        domein: 'VERG',
        rsin: RSIN,
        zaaktypen: [{ identificatie: 'KAPVERGUNNING', omschrijving: 'Kap', beginGeldigheid: '2026-01-01', doorlooptijd: 'P8W', roltypen: [], statustypen: [], informatieobjecttypen: [] }],
      });
      const zaaktype = seeded.zaaktypen[0]?.url ?? '';
      const refused = await call('POST', `${strict.apis.zaken}/zaken`, { token: signZgwJwt(limited), body: zaakBody(zaaktype), headers: CRS });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('permission_denied');
      expect(strict.counts().zaken).toBe(0);
      expect(strict.problems()).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  test('the iat age limit is configurable', async () => {
    const strict = await startZgwProvider({ clients: [client], tokenMaxAgeSeconds: 30, tokenLeewaySeconds: 0 });
    try {
      const token = signZgwJwt(client, { iat: Math.floor(Date.now() / 1000) - 60 });
      expect((await call('GET', `${strict.apis.catalogi}/catalogussen`, { token })).status).toBe(401);
      expect((await call('GET', `${provider.apis.catalogi}/catalogussen`, { token })).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  test('a body over bodyLimitBytes is 413 and an unknown path 404, each with a Fout', async () => {
    const small = await startZgwProvider({ clients: [client], bodyLimitBytes: 1024 });
    try {
      const big = await call('POST', `${small.apis.documenten}/enkelvoudiginformatieobjecten`, { body: { inhoud: 'QUFB'.repeat(1024) } });
      expect(big.status).toBe(413);
      expect(big.body).toMatchObject({ status: 413, code: 'request_entity_too_large' });
      const nowhere = await call('GET', `${small.apis.zaken}/besluiten`);
      expect(nowhere.status).toBe(404);
      expect(nowhere.body).toMatchObject({ status: 404, code: 'not_found' });
      expect(small.problems()).toEqual([]);
    } finally {
      await small.close();
    }
  });

  test('a zaak is extended, given its behandelaar and result, and closed by its end status, as case-handling software does', async () => {
    const { apis } = provider;
    const [seeded] = provider.seedCatalogus({
      domein: 'AFH',
      rsin: RSIN,
      zaaktypen: [
        {
          identificatie: 'AFHANDELING',
          omschrijving: 'Afhandeling',
          beginGeldigheid: '2026-01-01',
          doorlooptijd: 'P8W',
          verlengingMogelijk: true,
          verlengingstermijn: 'P6W',
          roltypen: [{ omschrijving: 'Vergunningverlener', omschrijvingGeneriek: 'behandelaar' }],
          statustypen: [
            { volgnummer: 1, omschrijving: 'Ontvangen' },
            { volgnummer: 2, omschrijving: 'Afgehandeld', statustekst: 'Er is een besluit genomen.' },
          ],
          resultaattypen: [{ omschrijving: 'Verleend' }],
          informatieobjecttypen: [],
        },
      ],
    }).zaaktypen;
    const zaaktype = seeded ?? expect.unreachable();
    const resultaattypen = await call('GET', `${apis.catalogi}/resultaattypen?zaaktype=${encodeURIComponent(zaaktype.url)}`);
    const verleend = one(resultaattypen.body.results);
    expect(verleend).toMatchObject({ omschrijving: 'Verleend', zaaktype: zaaktype.url });
    expect((await call('GET', verleend.url)).body.url).toBe(verleend.url);
    const [first = '', last = ''] = zaaktype.statustypen;
    expect((await call('GET', last)).body).toMatchObject({ isEindstatus: true, statustekst: 'Er is een besluit genomen.' });

    const zaak = await call('POST', `${apis.zaken}/zaken`, { body: zaakBody(zaaktype.url, { uiterlijkeEinddatumAfdoening: '2026-04-27' }), headers: CRS });
    const extended = await call('PATCH', zaak.body.url, { body: { verlenging: { reden: 'Advies nodig', duur: 'P6W' } }, headers: CRS });
    expect(extended.status).toBe(200);
    expect(extended.body.verlenging).toEqual({ reden: 'Advies nodig', duur: 'P6W' });
    const renamed = await call('PATCH', zaak.body.url, { body: { identificatie: 'ANDERS' }, headers: CRS });
    expect(renamed.status).toBe(400);
    expect(renamed.body.invalidParams).toMatchObject([{ name: 'identificatie', code: 'wijzigen-niet-toegelaten' }]);
    const withoutCrs = await call('PATCH', zaak.body.url, { body: { omschrijving: 'x' } });
    expect(withoutCrs.status).toBe(412);

    const rol = await call('POST', `${apis.zaken}/rollen`, {
      body: {
        zaak: zaak.body.url,
        roltype: zaaktype.roltypen.Vergunningverlener,
        roltoelichting: '',
        betrokkeneType: 'medewerker',
        betrokkeneIdentificatie: { identificatie: 'bhv-3', achternaam: 'Jansen', voorletters: 'J.' },
        contactpersoonRol: { naam: 'J. Jansen', telefoonnummer: '14 020', emailadres: 'vergunningen@gemeente.example' },
      },
    });
    expect(rol.status).toBe(201);
    const behandelaars = await call('GET', `${apis.zaken}/rollen?zaak=${encodeURIComponent(zaak.body.url)}&omschrijvingGeneriek=behandelaar`);
    expect(one(behandelaars.body.results).contactpersoonRol).toMatchObject({ telefoonnummer: '14 020' });

    const status = (statustype: string, at: string) => call('POST', `${apis.zaken}/statussen`, { body: { zaak: zaak.body.url, statustype, datumStatusGezet: at } });
    expect((await status(first, '2026-03-02T09:00:00Z')).status).toBe(201);
    const tooEarly = await status(last, '2026-03-20T09:00:00Z');
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.invalidParams).toMatchObject([{ code: 'resultaat-does-not-exist' }]);
    const resultaat = await call('POST', `${apis.zaken}/resultaten`, { body: { zaak: zaak.body.url, resultaattype: verleend.url, toelichting: 'Verleend.' } });
    expect(resultaat.status).toBe(201);
    const second = await call('POST', `${apis.zaken}/resultaten`, { body: { zaak: zaak.body.url, resultaattype: verleend.url } });
    expect(second.body.invalidParams).toMatchObject([{ name: 'zaak', code: 'unique' }]);
    expect((await status(last, '2026-03-20T09:00:00Z')).status).toBe(201);
    const closed = await call('GET', zaak.body.url, { headers: CRS });
    expect(closed.body).toMatchObject({ einddatum: '2026-03-20', resultaat: resultaat.body.url });
    const results = await call('GET', `${apis.zaken}/resultaten?zaak=${encodeURIComponent(zaak.body.url)}`);
    expect(one(results.body.results).url).toBe(resultaat.body.url);

    provider.setDown(true);
    await expect(fetch(zaak.body.url)).rejects.toThrow();
    provider.setDown(false);
    expect((await call('GET', zaak.body.url, { headers: CRS })).status).toBe(200);
  });

  describe('faults on demand', () => {
    test('500 answers 500 and stores nothing', async () => {
      const zaaktype = await currentZaaktype();
      provider.faults.next('POST /zaken', { kind: '500' });
      expect((await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(zaaktype), headers: CRS })).status).toBe(500);
      expect(provider.counts().zaken).toBe(0);
      expect((await call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(zaaktype), headers: CRS })).status).toBe(201);
    });

    test('timeout never answers within the client timeout and stores nothing; with commit it stores', async () => {
      const zaaktype = await currentZaaktype();
      provider.faults.next('POST /zaken', { kind: 'timeout' });
      const send = () => fetch(`${provider.apis.zaken}/zaken`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${signZgwJwt(client)}`, 'Content-Type': 'application/json', ...CRS },
        body: JSON.stringify(zaakBody(zaaktype)),
        signal: AbortSignal.timeout(500),
      });
      await expect(send()).rejects.toThrow(/abort|timeout/i);
      expect(provider.counts().zaken).toBe(0);
      provider.faults.next('POST /zaken', { kind: 'timeout', commit: true });
      await expect(send()).rejects.toThrow(/abort|timeout/i);
      expect(provider.counts().zaken).toBe(1);
      expect(provider.requests().map((r) => r.status)).toEqual([200, 'no answer', 'no answer']);
    });

    test('cutAfterCommit stores the zaak and closes the connection without an answer; looking it up finds it', async () => {
      const zaaktype = await currentZaaktype();
      provider.faults.next('POST /zaken', { kind: 'cutAfterCommit' });
      await expect(call('POST', `${provider.apis.zaken}/zaken`, { body: zaakBody(zaaktype), headers: CRS })).rejects.toThrow();
      expect(provider.counts().zaken).toBe(1);
      const found = await call('GET', `${provider.apis.zaken}/zaken?identificatie=HV-2026-000123&bronorganisatie=${RSIN}`);
      expect(found.body.count).toBe(1);
    });

    test('expiredToken answers 401 whatever the token; badRequest 400 with a ValidatieFout; each plays once', async () => {
      provider.faults.next('GET /catalogussen', { kind: 'expiredToken' });
      provider.faults.next('GET /catalogussen', { kind: 'badRequest', invalidParams: [{ name: 'domein', code: 'invalid', reason: 'test' }] });
      const url = `${provider.apis.catalogi}/catalogussen?domein=VERG`;
      const expired = await call('GET', url);
      expect(expired.status).toBe(401);
      expect(expired.body.code).toBe('jwt-expired');
      const bad = await call('GET', url);
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams).toEqual([{ name: 'domein', code: 'invalid', reason: 'test' }]);
      expect((await call('GET', url)).status).toBe(200);
      expect(provider.faults.pending().size).toBe(0);
    });
  });

  test('a response of its own that does not match the document is caught: 500 and a recorded problem', async () => {
    provider.faults.next('GET /catalogussen/{uuid}', { kind: 'brokenResponse' });
    const broken = await call('GET', catalogus.url);
    expect(broken.status).toBe(500);
    expect(broken.body.code).toBe('provider-response-invalid');
    expect(provider.problems()).toEqual([expect.stringMatching(/GET \/catalogussen\/\{uuid\} → 200: body: .*url/)]);
    provider.faults.next('GET /zaaktypen', { kind: 'brokenResponse', mutate: (body) => ({ ...(body as object), count: 'veel' }) });
    expect((await call('GET', `${provider.apis.catalogi}/zaaktypen`)).status).toBe(500);
    expect(provider.problems()).toHaveLength(2);
    provider.reset();
  });

  test('a declared filter the provider does not implement fails loudly instead of answering unfiltered', async () => {
    const answer = await call('GET', `${provider.apis.zaken}/zaken?startdatum=2026-03-02`);
    expect(answer.status).toBe(500);
    expect(provider.problems()).toEqual([expect.stringContaining('startdatum')]);
    provider.reset();
  });
});
