import { randomUUID } from 'node:crypto';
import type { JsonObject } from './JsonValue';
import { zgwUrl } from './zgwUrl';
import type { StoredObject, ZgwState } from './ZgwState';

/** `omschrijvingGeneriek` of a roltype (Catalogi's OmschrijvingGeneriekEnum). */
export type RolOmschrijvingGeneriek =
  | 'adviseur'
  | 'behandelaar'
  | 'belanghebbende'
  | 'beslisser'
  | 'initiator'
  | 'klantcontacter'
  | 'zaakcoordinator'
  | 'mede_initiator';

/** A zaaktype to seed, with its roltypen, statustypen and the informatieobjecttypen it allows. */
export interface ZaaktypeSeed {
  /** Unique within the catalogus per period of validity; several versions may share it. */
  readonly identificatie: string;
  readonly omschrijving: string;
  /** Default false (published): only a published zaaktype takes zaken. */
  readonly concept?: boolean;
  /** ISO date, e.g. `2026-01-01`. */
  readonly beginGeldigheid: string;
  /** ISO date or null (default): open-ended. */
  readonly eindeGeldigheid?: string | null;
  /** ISO 8601 duration, e.g. `P8W`. */
  readonly doorlooptijd: string;
  /** ISO 8601 duration or null (default). */
  readonly servicenorm?: string | null;
  /** Default false. */
  readonly verlengingMogelijk?: boolean;
  /** ISO 8601 duration or null (default); the document requires one when `verlengingMogelijk`. */
  readonly verlengingstermijn?: string | null;
  /** Default `openbaar`. */
  readonly vertrouwelijkheidaanduiding?: string;
  readonly roltypen: readonly { readonly omschrijving: string; readonly omschrijvingGeneriek: RolOmschrijvingGeneriek }[];
  /** The lowest `volgnummer` is the first status, the highest the end status. */
  readonly statustypen: readonly { readonly volgnummer: number; readonly omschrijving: string; readonly statustekst?: string }[];
  /** The results a zaak of this type can end with (`omschrijving` ≤ 30 characters); default none. */
  readonly resultaattypen?: readonly { readonly omschrijving: string; readonly toelichting?: string }[];
  /** By `omschrijving`; one informatieobjecttype per omschrijving per catalogus, shared by the zaaktypen naming it. */
  readonly informatieobjecttypen: readonly { readonly omschrijving: string; readonly vertrouwelijkheidaanduiding?: string }[];
}

/** A catalogus to seed: its `domein` (≤ 5 characters) and `rsin` (9 digits) are how a client finds it. */
export interface CatalogusSeed {
  readonly domein: string;
  readonly rsin: string;
  readonly naam?: string;
  readonly zaaktypen: readonly ZaaktypeSeed[];
}

/** The URLs of what was seeded, for tests to compare with what a client resolved. */
export interface SeededCatalogus {
  readonly url: string;
  readonly zaaktypen: readonly {
    readonly identificatie: string;
    readonly beginGeldigheid: string;
    readonly url: string;
    /** Roltype URL by omschrijving. */
    readonly roltypen: Readonly<Record<string, string>>;
    /** Statustype URLs by ascending volgnummer. */
    readonly statustypen: readonly string[];
    /** Resultaattype URL by omschrijving. */
    readonly resultaattypen: Readonly<Record<string, string>>;
    /** Informatieobjecttype URL by omschrijving. */
    readonly informatieobjecttypen: Readonly<Record<string, string>>;
  }[];
}

/** Builds a catalogus in `state` from `seed`, every object complete as the Catalogi API serves it. */
export function seedZgwCatalogus(state: ZgwState, baseUrl: string, seed: CatalogusSeed): SeededCatalogus {
  const stored = (kind: 'catalogussen' | 'zaaktypen' | 'roltypen' | 'statustypen' | 'resultaattypen' | 'informatieobjecttypen', data: (url: string) => JsonObject): StoredObject => {
    const uuid = randomUUID();
    const url = zgwUrl(baseUrl, 'catalogi', kind, uuid);
    return state.add(kind, { uuid, url, data: { url, ...data(url) } });
  };
  const catalogus = stored('catalogussen', () => ({
    domein: seed.domein,
    rsin: seed.rsin,
    contactpersoonBeheerNaam: 'Beheer zaaktypen',
    zaaktypen: [],
    besluittypen: [],
    informatieobjecttypen: [],
    naam: seed.naam ?? `Catalogus ${seed.domein}`,
    versie: '',
    begindatumVersie: null,
  }));
  const informatieobjecttypen = new Map<string, StoredObject>();
  const seeded = seed.zaaktypen.map((zaaktypeSeed) => {
    const geldigheid = { beginGeldigheid: zaaktypeSeed.beginGeldigheid, eindeGeldigheid: zaaktypeSeed.eindeGeldigheid ?? null };
    const zaaktype = stored('zaaktypen', () => ({
      identificatie: zaaktypeSeed.identificatie,
      omschrijving: zaaktypeSeed.omschrijving,
      omschrijvingGeneriek: '',
      vertrouwelijkheidaanduiding: zaaktypeSeed.vertrouwelijkheidaanduiding ?? 'openbaar',
      doel: `Behandelen van: ${zaaktypeSeed.omschrijving}`,
      aanleiding: 'Aanvraag van een burger',
      toelichting: '',
      indicatieInternOfExtern: 'extern',
      handelingInitiator: 'Aanvragen',
      onderwerp: zaaktypeSeed.omschrijving.slice(0, 80),
      handelingBehandelaar: 'Behandelen',
      doorlooptijd: zaaktypeSeed.doorlooptijd,
      servicenorm: zaaktypeSeed.servicenorm ?? null,
      opschortingEnAanhoudingMogelijk: false,
      verlengingMogelijk: zaaktypeSeed.verlengingMogelijk ?? false,
      verlengingstermijn: zaaktypeSeed.verlengingstermijn ?? null,
      trefwoorden: [],
      publicatieIndicatie: false,
      publicatietekst: '',
      verantwoordingsrelatie: [],
      productenOfDiensten: [],
      referentieproces: { naam: zaaktypeSeed.omschrijving.slice(0, 80) },
      concept: zaaktypeSeed.concept ?? false,
      verantwoordelijke: seed.rsin,
      ...geldigheid,
      versiedatum: zaaktypeSeed.beginGeldigheid,
      beginObject: zaaktypeSeed.beginGeldigheid,
      eindeObject: zaaktypeSeed.eindeGeldigheid ?? null,
      catalogus: catalogus.url,
      statustypen: [],
      resultaattypen: [],
      eigenschappen: [],
      informatieobjecttypen: [],
      roltypen: [],
      besluittypen: [],
      deelzaaktypen: [],
      gerelateerdeZaaktypen: [],
      zaakobjecttypen: [],
    }));
    const ofZaaktype = {
      zaaktype: zaaktype.url,
      zaaktypeIdentificatie: zaaktypeSeed.identificatie,
      catalogus: catalogus.url,
      ...geldigheid,
      beginObject: zaaktypeSeed.beginGeldigheid,
      eindeObject: zaaktypeSeed.eindeGeldigheid ?? null,
    };
    const roltypen = zaaktypeSeed.roltypen.map((roltype) => stored('roltypen', () => ({ ...ofZaaktype, ...roltype })));
    const ordered = [...zaaktypeSeed.statustypen].sort((a, b) => a.volgnummer - b.volgnummer);
    const statustypen = ordered.map((statustype, index) =>
      stored('statustypen', () => ({
        ...ofZaaktype,
        omschrijving: statustype.omschrijving,
        omschrijvingGeneriek: '',
        statustekst: statustype.statustekst ?? '',
        volgnummer: statustype.volgnummer,
        isEindstatus: index === ordered.length - 1,
        informeren: false,
        doorlooptijd: null,
        toelichting: null,
        checklistitemStatustype: [],
        eigenschappen: [],
        zaakobjecttypen: [],
      })),
    );
    const resultaattypen = (zaaktypeSeed.resultaattypen ?? []).map((resultaattype) =>
      stored('resultaattypen', () => ({
        ...ofZaaktype,
        omschrijving: resultaattype.omschrijving,
        // A result's generic description and its archiving class come from the national selection list.
        resultaattypeomschrijving: 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1',
        omschrijvingGeneriek: 'Verleend',
        selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/cc5ae4e3-a9e6-4386-bcee-46be4986a829',
        toelichting: resultaattype.toelichting ?? '',
        archiefnominatie: 'vernietigen',
        archiefactietermijn: 'P10Y',
        brondatumArchiefprocedure: null,
        procesobjectaard: '',
        indicatieSpecifiek: null,
        procestermijn: null,
        besluittypen: [],
        besluittypeOmschrijving: [],
        informatieobjecttypen: [],
        informatieobjecttypeOmschrijving: [],
      })),
    );
    const iots = zaaktypeSeed.informatieobjecttypen.map((iotSeed) => {
      let iot = informatieobjecttypen.get(iotSeed.omschrijving);
      if (!iot) {
        iot = stored('informatieobjecttypen', () => ({
          catalogus: catalogus.url,
          omschrijving: iotSeed.omschrijving,
          vertrouwelijkheidaanduiding: iotSeed.vertrouwelijkheidaanduiding ?? 'openbaar',
          beginGeldigheid: zaaktypeSeed.beginGeldigheid,
          eindeGeldigheid: null,
          concept: false,
          besluittypen: [],
          informatieobjectcategorie: 'Aanvraag',
          trefwoord: [],
          omschrijvingGeneriek: {
            informatieobjecttypeOmschrijvingGeneriek: '',
            definitieInformatieobjecttypeOmschrijvingGeneriek: '',
            herkomstInformatieobjecttypeOmschrijvingGeneriek: '',
            hierarchieInformatieobjecttypeOmschrijvingGeneriek: '',
            opmerkingInformatieobjecttypeOmschrijvingGeneriek: '',
          },
          zaaktypen: [],
          beginObject: zaaktypeSeed.beginGeldigheid,
          eindeObject: null,
        }));
        informatieobjecttypen.set(iotSeed.omschrijving, iot);
        push(catalogus.data, 'informatieobjecttypen', iot.url);
      }
      push(iot.data, 'zaaktypen', zaaktype.url);
      return iot;
    });
    zaaktype.data.roltypen = roltypen.map((r) => r.url);
    zaaktype.data.statustypen = statustypen.map((s) => s.url);
    zaaktype.data.resultaattypen = resultaattypen.map((r) => r.url);
    zaaktype.data.informatieobjecttypen = iots.map((i) => i.url);
    push(catalogus.data, 'zaaktypen', zaaktype.url);
    return {
      identificatie: zaaktypeSeed.identificatie,
      beginGeldigheid: zaaktypeSeed.beginGeldigheid,
      url: zaaktype.url,
      roltypen: Object.fromEntries(roltypen.map((r) => [String(r.data.omschrijving), r.url])),
      statustypen: statustypen.map((s) => s.url),
      resultaattypen: Object.fromEntries(resultaattypen.map((r) => [String(r.data.omschrijving), r.url])),
      informatieobjecttypen: Object.fromEntries(iots.map((i) => [String(i.data.omschrijving), i.url])),
    };
  });
  return { url: catalogus.url, zaaktypen: seeded };
}

function push(data: JsonObject, field: string, url: string): void {
  const list = data[field];
  if (Array.isArray(list) && !list.includes(url)) list.push(url);
}
