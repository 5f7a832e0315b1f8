import type { CaseStatusEntry, CaseStatusSnapshot } from '../../status/CaseStatus';
import { addIsoDuration } from './addIsoDuration';
import type { CatalogueRead } from './createCatalogueCache';
import { untrustedCaseDate, untrustedCaseDateTime, untrustedCaseEmail, untrustedCasePhone, untrustedCaseText } from './untrustedCaseText';
import type { ZgwClient } from './ZgwClient';
import type { ZgwConfig } from './ZgwConfig';
import type { ZgwUser } from './zgwToken';

/** The statussen kept per zaak, the latest: a status page lists a handful, a provider could send thousands. */
const MAX_STATUSES = 50;

/** The fields of the Zaken and Catalogi objects read here (Zaken API 1.5, Catalogi API 1.3); everything else is ignored. */
interface Zaak {
  readonly uiterlijkeEinddatumAfdoening?: unknown;
  readonly verlenging?: { readonly reden?: unknown; readonly duur?: unknown } | null;
  readonly einddatum?: unknown;
  readonly resultaat?: unknown;
}
interface Status {
  readonly statustype?: unknown;
  readonly datumStatusGezet?: unknown;
}
interface Statustype {
  readonly omschrijving?: unknown;
  readonly statustekst?: unknown;
  readonly isEindstatus?: unknown;
}
interface Resultaat {
  readonly resultaattype?: unknown;
  readonly toelichting?: unknown;
}
interface Rol {
  readonly betrokkeneIdentificatie?: Readonly<Record<string, unknown>> | null;
  readonly contactpersoonRol?: Readonly<Record<string, unknown>> | null;
}

/** A URL from the case system that leads outside the configured APIs: it is not followed with the service's credentials. */
export class CaseUrlOutsideApiError extends Error {
  override readonly name = 'CaseUrlOutsideApiError';
}

export interface ReadCaseStatusOptions {
  readonly client: ZgwClient;
  readonly config: Pick<ZgwConfig, 'zakenApi' | 'catalogiApi'>;
  /** Statustypen and resultaattypen, cached (`createCatalogueCache`). */
  readonly catalogue: CatalogueRead;
  readonly user: ZgwUser;
}

/**
 * What the case system says now about one zaak, as the status page shows it (`CaseStatusSnapshot`):
 * the zaak (due date, extension, end date), its statussen with their statustypen, its resultaat with
 * the resultaattype, and its behandelaar. Every text is the case system's and treated as untrusted
 * (`untrustedCaseText`); a URL it gives is followed only inside the configured Zaken and Catalogi
 * APIs, so the service's token never goes elsewhere.
 * @throws ZgwCallError when a call fails, CaseUrlOutsideApiError for a URL elsewhere.
 */
export async function readCaseStatus(zaakUrl: string, options: ReadCaseStatusOptions): Promise<CaseStatusSnapshot> {
  const { client, config, catalogue, user } = options;
  const zaak = await client.get<Zaak>(inside(zaakUrl, config.zakenApi), user);
  const [statussen, rollen, result] = await Promise.all([
    client.list<Status>(`${config.zakenApi}/statussen`, { zaak: zaakUrl }, user),
    client.list<Rol>(`${config.zakenApi}/rollen`, { zaak: zaakUrl, omschrijvingGeneriek: 'behandelaar' }, user),
    readResult(zaak.resultaat, options),
  ]);
  const statuses = await readStatuses(statussen, options);
  const decisionDueBy = untrustedCaseDate(zaak.uiterlijkeEinddatumAfdoening);
  const extension = readExtension(zaak.verlenging, decisionDueBy);
  const closedOn = untrustedCaseDate(zaak.einddatum);
  const caseHandler = rollen.map(readCaseHandler).find((handler) => handler !== undefined);
  return {
    statuses,
    ...(decisionDueBy ? { decisionDueBy } : {}),
    ...(extension ? { extension } : {}),
    ...(closedOn ? { closedOn } : {}),
    ...(result ? { result } : {}),
    ...(caseHandler ? { caseHandler } : {}),
  };
}

async function readStatuses(statussen: readonly Status[], options: ReadCaseStatusOptions): Promise<CaseStatusEntry[]> {
  const dated = statussen
    .map((status) => ({ setAt: untrustedCaseDateTime(status.datumStatusGezet), statustype: status.statustype }))
    .filter((status): status is { setAt: string; statustype: unknown } => status.setAt !== undefined)
    .sort((a, b) => a.setAt.localeCompare(b.setAt))
    .slice(-MAX_STATUSES);
  return Promise.all(
    dated.map(async ({ setAt, statustype }) => {
      const type = await options.catalogue<Statustype>(inside(statustype, options.config.catalogiApi), options.user);
      const citizenText = untrustedCaseText(type.statustekst, 1000, 'lines');
      // The Catalogi API requires an omschrijving (≤ 80); one that is empty or unsafe says "status".
      return { setAt, ...(citizenText ? { citizenText } : {}), description: untrustedCaseText(type.omschrijving, 80) ?? 'Status', final: type.isEindstatus === true };
    }),
  );
}

async function readResult(url: unknown, options: ReadCaseStatusOptions): Promise<CaseStatusSnapshot['result']> {
  if (url === null || url === undefined || url === '') return undefined;
  const resultaat = await options.client.get<Resultaat>(inside(url, options.config.zakenApi), options.user);
  const type = await options.catalogue<{ readonly omschrijving?: unknown }>(inside(resultaat.resultaattype, options.config.catalogiApi), options.user);
  const explanation = untrustedCaseText(resultaat.toelichting, 1000, 'lines');
  return { description: untrustedCaseText(type.omschrijving, 30) ?? 'Afgehandeld', ...(explanation ? { explanation } : {}) };
}

/** `verlenging.duur` counts from the original due date; without one there is no new last day to show. */
function readExtension(verlenging: Zaak['verlenging'], decisionDueBy: string | undefined): CaseStatusSnapshot['extension'] {
  if (!verlenging || !decisionDueBy || typeof verlenging.duur !== 'string') return undefined;
  const dueBy = addIsoDuration(decisionDueBy, verlenging.duur);
  if (!dueBy) return undefined;
  const reason = untrustedCaseText(verlenging.reden, 200);
  return { dueBy, ...(reason ? { reason } : {}) };
}

function readCaseHandler(rol: Rol): CaseStatusSnapshot['caseHandler'] {
  const name = nameOf(rol.betrokkeneIdentificatie ?? {});
  const contact = rol.contactpersoonRol ?? {};
  const phone = untrustedCasePhone(contact.telefoonnummer);
  const email = untrustedCaseEmail(contact.emailadres);
  if (!name && !phone && !email) return undefined;
  return { ...(name ? { name } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}

/**
 * The name in a betrokkeneIdentificatie, whatever the betrokkeneType: a medewerker's or a person's
 * initials or first names and surname, or an organisational unit's or organisation's name.
 */
function nameOf(identification: Readonly<Record<string, unknown>>): string | undefined {
  const part = (field: string) => untrustedCaseText(identification[field], 200);
  const person = [part('voorletters') ?? part('voornamen'), part('voorvoegselAchternaam') ?? part('voorvoegselGeslachtsnaam'), part('achternaam') ?? part('geslachtsnaam')]
    .filter((piece) => piece !== undefined)
    .join(' ');
  return untrustedCaseText(person, 200) ?? part('naam') ?? part('statutaireNaam');
}

/** `url` when it is a URL under `root` (an API root from the configuration), else CaseUrlOutsideApiError. */
function inside(url: unknown, root: string): string {
  if (typeof url === 'string' && url.startsWith(`${root}/`)) {
    try {
      // Parsing makes `..` and the like count: the URL must still be under the root afterwards.
      if (new URL(url).toString().startsWith(`${root}/`)) return url;
    } catch {
      // Not a URL at all: refused below.
    }
  }
  throw new CaseUrlOutsideApiError(`The case system named ${String(url).slice(0, 200)}, which is not under ${root}.`);
}
