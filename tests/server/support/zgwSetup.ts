import { expect } from 'vitest';
import type { ZgwConfig } from '../../../server/forwarding/zgw/ZgwConfig';
import { permits } from '../../../src/definitions';
import type { CatalogusSeed, ZgwProvider } from '../../zgw/provider';

export const ZGW_CLIENT = { clientId: 'hulploket-test', secret: 'een-geheim-van-de-test-dat-lang-genoeg-is' };
export const RSIN = '002220647';

/** The zaaktype `identificatie` the test catalogus has for each permit. */
export const zaaktypeOf = (permitId: string) => `HV-${permitId.toUpperCase()}`.slice(0, 50);

/** A catalogus with a zaaktype for every permit of the product, as a municipality would set it up. */
export function seedPermitCatalogus(provider: ZgwProvider): void {
  const seed: CatalogusSeed = {
    domein: 'HULPL',
    rsin: RSIN,
    zaaktypen: permits.map(({ definition: { id } }) => ({
      identificatie: zaaktypeOf(id),
      omschrijving: `Aanvraag ${id}`,
      beginGeldigheid: '2020-01-01',
      doorlooptijd: 'P8W',
      roltypen: [
        { omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' },
        { omschrijving: 'Medewerker hulploket', omschrijvingGeneriek: 'klantcontacter' },
      ],
      statustypen: [
        { volgnummer: 2, omschrijving: 'In behandeling', statustekst: 'Wij behandelen uw aanvraag.' },
        { volgnummer: 1, omschrijving: 'Ontvangen', statustekst: 'Wij hebben uw aanvraag ontvangen.' },
      ],
      informatieobjecttypen: [{ omschrijving: 'Aanvraag' }, { omschrijving: 'Bijlage' }, { omschrijving: 'Aanvraaggegevens' }],
    })),
  };
  provider.seedCatalogus(seed);
}

/** The configuration that registers every permit in the catalogus of {@link seedPermitCatalogus}. */
export function zgwConfigFor(provider: ZgwProvider, overrides: Partial<ZgwConfig> = {}): ZgwConfig {
  return {
    zakenApi: provider.apis.zaken,
    documentenApi: provider.apis.documenten,
    catalogiApi: provider.apis.catalogi,
    clientId: ZGW_CLIENT.clientId,
    secret: ZGW_CLIENT.secret,
    rsin: RSIN,
    catalogus: { domein: 'HULPL', rsin: RSIN },
    permits: Object.fromEntries(
      permits.map(({ definition: { id } }) => [
        id,
        {
          zaaktype: zaaktypeOf(id),
          applicationDocumentType: 'Aanvraag',
          attachmentDocumentType: 'Bijlage',
          dataDocumentType: 'Aanvraaggegevens',
          employeeRoleDescription: 'Medewerker hulploket',
        },
      ]),
    ),
    desk: 'Hulploket Vergunningen, Stadskantoor',
    requestTimeoutSeconds: 5,
    catalogueCacheMinutes: 60,
    statusPollSeconds: 300,
    retry: { maxAttempts: 12, giveUpAfterHours: 72, firstDelaySeconds: 1, maxDelayMinutes: 1, leaseSeconds: 60 },
    ...overrides,
  };
}

/**
 * Exactly one zaak in the provider per reference, each with two rollen (initiator and employee),
 * one status and `2 + files` documents (form, answers, attachments), each document made and linked once.
 */
export function expectOneCompleteZaakEach(provider: ZgwProvider, references: ReadonlySet<string>, files: number): void {
  const zaken = provider.objects('zaken').map((zaak) => ({ url: zaak.url, identificatie: (zaak.data as { identificatie: string }).identificatie }));
  expect(zaken.map((zaak) => zaak.identificatie).sort()).toEqual([...references].sort());
  const per = (kind: 'rollen' | 'statussen' | 'zaakinformatieobjecten') =>
    new Set(zaken.map((zaak) => provider.objects(kind).filter((object) => (object.data as { zaak: string }).zaak === zaak.url).length));
  expect(per('rollen')).toEqual(new Set([2]));
  expect(per('statussen')).toEqual(new Set([1]));
  expect(per('zaakinformatieobjecten')).toEqual(new Set([2 + files]));
  expect(provider.counts().enkelvoudiginformatieobjecten).toBe(references.size * (2 + files));
}

/** Waits until the service reports every reference registered, reading as the tablet reads. */
export async function untilRegistered(urls: readonly string[], references: ReadonlySet<string>, token: string, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    let all = true;
    for (const [index, reference] of [...references].entries()) {
      const response = await fetch(`${urls[index % urls.length]}/api/v1/applications/${reference}`, { headers: { authorization: `Bearer ${token}` } });
      const { registration } = (await response.json()) as { registration?: { state: string } };
      if (registration?.state !== 'registered') all = false;
    }
    if (all) return;
    if (Date.now() > end) throw new Error('not every application was registered in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
