import type { ZgwClient } from './ZgwClient';
import type { ZgwConfig, ZgwPermitConfig } from './ZgwConfig';
import type { ZgwUser } from './zgwToken';

/** The catalogus's types one permit's zaak is registered with, as URLs. */
export interface CaseTypes {
  readonly zaaktype: string;
  /** The zaaktype's own `omschrijving`, the zaak's default description. */
  readonly zaaktypeOmschrijving: string;
  readonly initiatorRoltype: string;
  readonly employeeRoltype: string;
  /** The statustype with the lowest `volgnummer`. */
  readonly firstStatustype: string;
  readonly applicationDocumentType: string;
  readonly dataDocumentType: string;
  readonly attachmentDocumentType: string;
}

/**
 * The catalogus does not have what the configuration names (or not valid on that day): retrying
 * cannot mend this, the configuration or the catalogus must change.
 */
export class CaseTypeMissingError extends Error {
  override readonly name = 'CaseTypeMissingError';
}

interface Listed {
  readonly url: string;
}
interface Zaaktype extends Listed {
  readonly omschrijving: string;
}
interface Roltype extends Listed {
  readonly omschrijving: string;
  readonly omschrijvingGeneriek: string;
}
interface Statustype extends Listed {
  readonly volgnummer: number;
}

/**
 * Resolves a permit's types in the Catalogi API, valid on `date` (the day of receipt), and keeps
 * them `catalogueCacheMinutes`: a catalogus changes rarely, and asking it for every application
 * would be seven calls more each time.
 */
export function createCaseTypeResolver(client: ZgwClient, config: ZgwConfig, now: () => Date = () => new Date()) {
  const cache = new Map<string, { readonly types: Promise<CaseTypes>; readonly until: number }>();
  const lifetimeMs = config.catalogueCacheMinutes * 60_000;

  return function resolveCaseTypes(permit: ZgwPermitConfig, date: string, user: ZgwUser): Promise<CaseTypes> {
    const key = `${permit.zaaktype}|${permit.applicationDocumentType}|${permit.attachmentDocumentType}|${permit.dataDocumentType ?? ''}|${permit.employeeRoleDescription}|${date}`;
    const cached = cache.get(key);
    if (cached && cached.until > now().getTime()) return cached.types;
    const types = lookUp(client, config, permit, date, user);
    cache.set(key, { types, until: now().getTime() + lifetimeMs });
    // A failed lookup is not kept: the next try asks again.
    types.catch(() => cache.delete(key));
    return types;
  };
}

async function lookUp(client: ZgwClient, config: ZgwConfig, permit: ZgwPermitConfig, date: string, user: ZgwUser): Promise<CaseTypes> {
  const catalogi = `${config.catalogiApi}/catalogussen`;
  const [catalogus] = await client.list<Listed>(catalogi, { domein: config.catalogus.domein, rsin: config.catalogus.rsin }, user);
  if (!catalogus) throw new CaseTypeMissingError(`Catalogus met domein ${config.catalogus.domein} en RSIN ${config.catalogus.rsin} bestaat niet.`);
  const zaaktypen = await client.list<Zaaktype>(
    `${config.catalogiApi}/zaaktypen`,
    { catalogus: catalogus.url, identificatie: permit.zaaktype, status: 'definitief', datumGeldigheid: date },
    user,
  );
  const [zaaktype] = zaaktypen;
  if (!zaaktype) throw new CaseTypeMissingError(`Zaaktype ${permit.zaaktype} bestaat niet (of geldt niet op ${date}) in de catalogus.`);
  const [roltypen, statustypen, applicationDocumentType, attachmentDocumentType, dataDocumentType] = await Promise.all([
    client.list<Roltype>(`${config.catalogiApi}/roltypen`, { zaaktype: zaaktype.url, status: 'definitief' }, user),
    client.list<Statustype>(`${config.catalogiApi}/statustypen`, { zaaktype: zaaktype.url, status: 'definitief' }, user),
    documentType(client, config, zaaktype.url, permit.applicationDocumentType, user),
    documentType(client, config, zaaktype.url, permit.attachmentDocumentType, user),
    documentType(client, config, zaaktype.url, permit.dataDocumentType ?? permit.applicationDocumentType, user),
  ]);
  const initiator = roltypen.find((roltype) => roltype.omschrijvingGeneriek === 'initiator');
  if (!initiator) throw new CaseTypeMissingError(`Zaaktype ${permit.zaaktype} heeft geen roltype met omschrijvingGeneriek "initiator".`);
  const employee = roltypen.find((roltype) => roltype.omschrijving === permit.employeeRoleDescription);
  if (!employee) throw new CaseTypeMissingError(`Zaaktype ${permit.zaaktype} heeft geen roltype "${permit.employeeRoleDescription}".`);
  const first = [...statustypen].sort((a, b) => a.volgnummer - b.volgnummer)[0];
  if (!first) throw new CaseTypeMissingError(`Zaaktype ${permit.zaaktype} heeft geen statustypen.`);
  return {
    zaaktype: zaaktype.url,
    zaaktypeOmschrijving: zaaktype.omschrijving,
    initiatorRoltype: initiator.url,
    employeeRoltype: employee.url,
    firstStatustype: first.url,
    applicationDocumentType,
    attachmentDocumentType,
    dataDocumentType,
  };
}

async function documentType(client: ZgwClient, config: ZgwConfig, zaaktype: string, omschrijving: string, user: ZgwUser): Promise<string> {
  // Asked of the zaaktype found for the day of receipt: only the types it may hold are valid for its zaak.
  const found = await client.list<Listed & { readonly omschrijving: string }>(
    `${config.catalogiApi}/informatieobjecttypen`,
    { zaaktype, omschrijving, status: 'definitief' },
    user,
  );
  // The filter may match loosely on some providers: the exact name decides.
  const type = found.find((candidate) => candidate.omschrijving === omschrijving);
  if (!type) throw new CaseTypeMissingError(`Informatieobjecttype "${omschrijving}" hoort niet bij het zaaktype in de catalogus.`);
  return type.url;
}
