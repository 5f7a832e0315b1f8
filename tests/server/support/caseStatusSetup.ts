import { expect } from 'vitest';
import type { ApplicationStore } from '../../../server/applications/ApplicationStore';
import type { ForwardingStore } from '../../../server/forwarding/ForwardingStore';
import type { CaseStatusPollStore } from '../../../server/forwarding/CaseStatusPollStore';
import type { CaseStatusRecord } from '../../../server/status/CaseStatus';
import { signZgwJwt, type ZgwProvider } from '../../zgw/provider';
import { receive } from './seedForwarding';
import { RSIN, ZGW_CLIENT } from './zgwSetup';

/** The URLs of the one zaaktype the case-status tests use, with what a municipality sets a zaak to over time. */
export interface CaseCatalogus {
  readonly zaaktype: string;
  /** Ontvangen, In behandeling, Besluit genomen (the end status). */
  readonly statustypen: readonly [string, string, string];
  readonly verleend: string;
  readonly behandelaar: string;
}

export function seedCaseCatalogus(provider: ZgwProvider): CaseCatalogus {
  const [zaaktype] = provider.seedCatalogus({
    domein: 'HULPL',
    rsin: RSIN,
    zaaktypen: [
      {
        identificatie: 'HV-STATUS',
        omschrijving: 'Aanvraag parkeerkaart',
        beginGeldigheid: '2020-01-01',
        doorlooptijd: 'P8W',
        verlengingMogelijk: true,
        verlengingstermijn: 'P6W',
        roltypen: [
          { omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' },
          { omschrijving: 'Vergunningverlener', omschrijvingGeneriek: 'behandelaar' },
        ],
        statustypen: [
          { volgnummer: 1, omschrijving: 'Ontvangen', statustekst: 'Wij hebben uw aanvraag ontvangen.' },
          { volgnummer: 2, omschrijving: 'In behandeling' },
          { volgnummer: 3, omschrijving: 'Besluit genomen', statustekst: 'Er is een besluit genomen over uw aanvraag.' },
        ],
        resultaattypen: [{ omschrijving: 'Verleend' }],
        informatieobjecttypen: [{ omschrijving: 'Aanvraag' }],
      },
    ],
  }).zaaktypen;
  if (!zaaktype) throw new Error('no zaaktype seeded');
  const [received, handling, decided] = zaaktype.statustypen;
  const verleend = zaaktype.resultaattypen.Verleend;
  const behandelaar = zaaktype.roltypen.Vergunningverlener;
  if (!received || !handling || !decided || !verleend || !behandelaar) throw new Error('catalogus incomplete');
  return { zaaktype: zaaktype.url, statustypen: [received, handling, decided], verleend, behandelaar };
}

/** A call to the provider as the municipality's own case-handling software makes it: signed, with the CRS headers. */
export async function asCaseHandler<T>(provider: ZgwProvider, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${signZgwJwt(ZGW_CLIENT, { user_id: 'bhv-3', user_representation: 'J. Jansen' })}`,
      'content-type': 'application/json',
      ...(url.startsWith(provider.apis.zaken) ? { 'accept-crs': 'EPSG:4326', ...(method === 'GET' ? {} : { 'content-crs': 'EPSG:4326' }) } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  expect(response.status, `${method} ${url}: ${text}`).toBeLessThan(300);
  return JSON.parse(text) as T;
}

/** A zaak of the catalogus's zaaktype, due `dueBy`, with its first status set. */
export async function openZaak(provider: ZgwProvider, catalogus: CaseCatalogus, dueBy: string): Promise<string> {
  const zaak = await asCaseHandler<{ url: string }>(provider, 'POST', `${provider.apis.zaken}/zaken`, {
    bronorganisatie: RSIN,
    verantwoordelijkeOrganisatie: RSIN,
    zaaktype: catalogus.zaaktype,
    startdatum: '2026-11-03',
    uiterlijkeEinddatumAfdoening: dueBy,
  });
  await setStatus(provider, zaak.url, catalogus.statustypen[0], '2026-11-03T09:16:00Z');
  return zaak.url;
}

export async function setStatus(provider: ZgwProvider, zaakUrl: string, statustype: string, at: string): Promise<void> {
  await asCaseHandler(provider, 'POST', `${provider.apis.zaken}/statussen`, { zaak: zaakUrl, statustype, datumStatusGezet: at });
}

/** An application received and registered (as the forwarder leaves it) as the zaak `zaakUrl`; its reference. */
export async function registeredAs(store: ApplicationStore, forwarding: ForwardingStore, zaakUrl: string, at: Date): Promise<string> {
  const reference = await receive(store, 'gehandicaptenparkeerkaart', at);
  const claims = await forwarding.claimDue(at, 60_000, 100);
  const claim = claims.find((claimed) => claimed.reference === reference);
  if (!claim) throw new Error(`${reference} was not claimed`);
  await forwarding.finish(reference, claim.leaseId, { kind: 'registered', zaakUrl, zaakIdentificatie: zaakUrl.slice(-12) }, { at, step: 'klaar', outcome: 'registered', message: 'Geregistreerd.' });
  return reference;
}

/** Waits until the store's record of `reference` satisfies `until` (the poller works on its own time). */
export async function recordOnceItIs(store: CaseStatusPollStore, reference: string, until: (record: CaseStatusRecord | undefined) => boolean): Promise<CaseStatusRecord | undefined> {
  const end = Date.now() + 10_000;
  for (;;) {
    const record = await store.read(reference);
    if (until(record)) return record;
    if (Date.now() > end) throw new Error(`the case status of ${reference} did not come: ${JSON.stringify(record)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
