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
    retry: { maxAttempts: 12, giveUpAfterHours: 72, firstDelaySeconds: 1, maxDelayMinutes: 1, leaseSeconds: 60 },
    ...overrides,
  };
}
