import type { Readable } from 'node:stream';
import { feesDue, textKeys, todayIso, type PermitDefinition } from '../../../src/wizard';
import { serverTranslator } from '../../problems/serverTranslators';
import { applicationData, applicationFormPdf } from '../applicationForm';
import type { ApplicationToForward, Checkpoints } from '../ForwardingStore';
import type { Application } from '../../contract/apiTypes';
import { identityCheckSentence, paymentSentence, representativeOf, type Representative } from '../deskFacts';
import { initiatorRol } from './initiatorRol';
import type { CaseTypes } from './resolveCaseTypes';
import { ZgwCallError, type ZgwClient } from './ZgwClient';
import type { ZgwConfig } from './ZgwConfig';
import type { ZgwUser } from './zgwToken';

type DeskPayment = NonNullable<NonNullable<Application['desk']>['payment']>;

/** Everything one registration works with. */
export interface Registration {
  readonly client: ZgwClient;
  readonly config: ZgwConfig;
  readonly types: CaseTypes;
  readonly permit: PermitDefinition;
  readonly forwarded: ApplicationToForward;
  /** Steps done by earlier tries: skipped. */
  readonly checkpoints: Checkpoints;
  /** Stores one finished step before the next begins; throws when the lease was lost. */
  readonly checkpoint: (step: string, url: string) => Promise<void>;
  /** On whose behalf the calls are made (the employee who helped, or the desk). */
  readonly user: ZgwUser;
  /** The step being worked on, for the history when it fails. */
  readonly onStep?: (step: string) => void;
}

interface Made {
  readonly url: string;
}
interface ListedZaak extends Made {
  readonly identificatie: string;
}
interface ListedRol extends Made {
  readonly roltype: string;
  readonly betrokkeneType: string;
  readonly indicatieMachtiging?: string;
}
interface ListedLink extends Made {
  readonly informatieobject: string;
}
interface ListedStatus extends Made {
  readonly statustype: string;
}

/** One document of the zaak: its checkpoint name, `identificatie` and how its body is made. */
interface PlannedDocument {
  readonly step: string;
  readonly identificatie: string;
  readonly titel: string;
  readonly bestandsnaam: string;
  readonly formaat: string;
  readonly informatieobjecttype: string;
  readonly beschrijving: string;
  readonly size: number;
  readonly content: () => Readable | Uint8Array;
}

/**
 * Registers one application as a complete zaak, one step after the other (docs/forwarding.md):
 * the zaak, the application form (PDF), the answers (JSON), every attachment, each linked to the
 * zaak, the initiator (and the representative who acts in their name), the employee who helped
 * (with the identity check and the payment at the desk), and the first status. Each step first looks for
 * what an earlier try may have made (a try can die between the case system's 201 and our
 * checkpoint) and only then creates it, so a retry never makes a second object.
 *
 * @returns the zaak's URL and identificatie.
 */
export async function registerZaak(registration: Registration): Promise<{ zaakUrl: string; zaakIdentificatie: string }> {
  const { client, config, types, forwarded, user, permit } = registration;
  const done = { ...registration.checkpoints };
  const step = async (name: string, run: () => Promise<string>): Promise<string> => {
    const earlier = done[name];
    if (earlier !== undefined) return earlier;
    registration.onStep?.(name);
    const url = await run();
    await registration.checkpoint(name, url);
    done[name] = url;
    return url;
  };
  const reference = forwarded.reference;
  const receivedOn = todayIso(forwarded.receivedAt);

  const zaakUrl = await step('zaak', async () => {
    const existing = await findZaak(registration, reference);
    if (existing) return existing;
    const title = serverTranslator('nl').t(textKeys.permitTitle(permit));
    const fees = feesDue(permit, forwarded.answers, receivedOn);
    try {
      const zaak = await client.post<Made>(
        `${config.zakenApi}/zaken`,
        {
          identificatie: reference,
          bronorganisatie: config.rsin,
          verantwoordelijkeOrganisatie: config.rsin,
          zaaktype: types.zaaktype,
          omschrijving: `${title} ${reference}`.slice(0, 80),
          toelichting: `Ontvangen via ${config.desk}.`,
          registratiedatum: receivedOn,
          startdatum: receivedOn,
          uiterlijkeEinddatumAfdoening: forwarded.expectedDecisionBy,
          ...payment(fees.length > 0, forwarded.application.desk?.payment),
          kenmerken: [{ kenmerk: reference, bron: 'Hulploket Vergunningen' }],
        },
        user,
      );
      return zaak.url;
    } catch (error) {
      // Another forwarder (or our own try a moment ago) made it after we looked: use that one.
      if (error instanceof ZgwCallError && error.status === 400 && /identificatie-niet-uniek/.test(error.body ?? '')) {
        const made = await findZaak(registration, reference);
        if (made) return made;
      }
      throw error;
    }
  });

  const assistance = forwarded.application.assistance;
  for (const document of plannedDocuments(registration)) {
    const documentUrl = await step(`document:${document.step}`, async () => {
      const [existing] = await client.list<Made>(`${config.documentenApi}/enkelvoudiginformatieobjecten`, { identificatie: document.identificatie, bronorganisatie: config.rsin }, user);
      if (existing) return existing.url;
      const made = await client.post<Made>(`${config.documentenApi}/enkelvoudiginformatieobjecten`, documentBody(registration, document, receivedOn), user);
      return made.url;
    });
    await step(`link:${document.step}`, async () => {
      const links = await client.list<ListedLink>(`${config.zakenApi}/zaakinformatieobjecten`, { zaak: zaakUrl }, user);
      const existing = links.find((link) => link.informatieobject === documentUrl);
      if (existing) return existing.url;
      const made = await client.post<Made>(`${config.zakenApi}/zaakinformatieobjecten`, { zaak: zaakUrl, informatieobject: documentUrl, titel: document.titel }, user);
      return made.url;
    });
  }

  const rollen = () => client.list<ListedRol>(`${config.zakenApi}/rollen`, { zaak: zaakUrl }, user);
  const representative = representativeOf(forwarded.application.onBehalf);
  // Someone who acts in the person's name is a second initiator marked `gemachtigde`, and the
  // person `machtiginggever` (Zaken API, Rol.indicatieMachtiging); a family member who only helps
  // is named in the applicant's own rol, as the application stays theirs.
  const represented = representative?.actsInTheirName === true;
  await step('rol:initiator', async () => {
    const existing = (await rollen()).find((rol) => rol.roltype === types.initiatorRoltype && rol.indicatieMachtiging !== 'gemachtigde');
    if (existing) return existing.url;
    const applicant = initiatorRol(permit, forwarded.answers, forwarded.application);
    const helper = representative && !represented ? ` Geholpen door ${representative.name} (${representative.basisWords}).` : '';
    const made = await client.post<Made>(
      `${config.zakenApi}/rollen`,
      {
        zaak: zaakUrl,
        roltype: types.initiatorRoltype,
        ...applicant,
        roltoelichting: `${applicant.roltoelichting}${helper}`.slice(0, 1000),
        ...(represented ? { indicatieMachtiging: 'machtiginggever' } : {}),
      },
      user,
    );
    return made.url;
  });
  if (representative && represented) {
    await step('rol:representative', async () => {
      const existing = (await rollen()).find((rol) => rol.roltype === types.initiatorRoltype && rol.indicatieMachtiging === 'gemachtigde');
      if (existing) return existing.url;
      const made = await client.post<Made>(`${config.zakenApi}/rollen`, { zaak: zaakUrl, roltype: types.initiatorRoltype, ...representativeRol(representative) }, user);
      return made.url;
    });
  }
  if (assistance.assisted) {
    await step('rol:employee', async () => {
      const existing = (await rollen()).find((rol) => rol.roltype === types.employeeRoltype && rol.betrokkeneType === 'medewerker');
      if (existing) return existing.url;
      const where = assistance.location ? ` (${assistance.location})` : '';
      const made = await client.post<Made>(
        `${config.zakenApi}/rollen`,
        {
          zaak: zaakUrl,
          roltype: types.employeeRoltype,
          betrokkeneType: 'medewerker',
          betrokkeneIdentificatie: { identificatie: assistance.staffId, achternaam: assistance.staffName },
          // Never pretend the citizen logged in: the employee helped, and says so, with what they checked and took.
          roltoelichting: [
            `Heeft de aanvrager aan de balie geholpen bij het invullen${where}. De aanvrager heeft niet zelf ingelogd.`,
            identityCheckSentence(forwarded.application.desk),
            paymentSentence(forwarded.application.desk),
          ]
            .filter((line) => line !== undefined)
            .join(' ')
            .slice(0, 1000),
        },
        user,
      );
      return made.url;
    });
  }
  await step('status:first', async () => {
    const statussen = await client.list<ListedStatus>(`${config.zakenApi}/statussen`, { zaak: zaakUrl }, user);
    const existing = statussen.find((status) => status.statustype === types.firstStatustype);
    if (existing) return existing.url;
    const made = await client.post<Made>(
      `${config.zakenApi}/statussen`,
      {
        zaak: zaakUrl,
        statustype: types.firstStatustype,
        datumStatusGezet: forwarded.receivedAt.toISOString(),
        statustoelichting: `Aanvraag ontvangen via ${config.desk}${assistance.assisted ? `, geholpen door ${assistance.staffName}` : ''}.`.slice(0, 1000),
      },
      user,
    );
    return made.url;
  });
  return { zaakUrl, zaakIdentificatie: reference };
}

/**
 * The zaak's `betalingsindicatie` (Zaken API): as recorded at the desk when it was (paid by PIN:
 * `geheel`, with the time as `laatsteBetaaldatum`; an invoice: `nog_niet`; not due: `nvt`),
 * otherwise from the fees due alone.
 */
function payment(feesDue: boolean, recorded: DeskPayment | undefined): { betalingsindicatie: string; laatsteBetaaldatum?: string } {
  if (!recorded) return { betalingsindicatie: feesDue ? 'nog_niet' : 'nvt' };
  // Never in the future (the Zaken API refuses that): a tablet's clock may run ahead of ours.
  if (recorded.paymentMethod === 'pin') return { betalingsindicatie: 'geheel', laatsteBetaaldatum: new Date(Math.min(Date.parse(recorded.recordedAt), Date.now())).toISOString() };
  return { betalingsindicatie: recorded.paymentMethod === 'invoice' ? 'nog_niet' : 'nvt' };
}

/** The representative's rol: a person, by name only (no BSN is asked of them), marked `gemachtigde`, with the basis and contact details. */
function representativeRol(representative: Representative): Record<string, unknown> {
  return {
    betrokkeneType: 'natuurlijk_persoon',
    betrokkeneIdentificatie: { geslachtsnaam: representative.name.slice(0, 200) },
    indicatieMachtiging: 'gemachtigde',
    roltoelichting: `Vertegenwoordiger van de aanvrager: ${representative.basisWords}.`.slice(0, 1000),
    contactpersoonRol: {
      naam: representative.name.slice(0, 200),
      ...(representative.email ? { emailadres: representative.email } : {}),
      // The Zaken API keeps at most 20 characters; the full number is in the application form.
      ...(representative.phone.length <= 20 ? { telefoonnummer: representative.phone } : {}),
    },
  };
}

async function findZaak({ client, config, user }: Registration, reference: string): Promise<string | undefined> {
  const found = await client.list<ListedZaak>(`${config.zakenApi}/zaken`, { identificatie: reference, bronorganisatie: config.rsin }, user);
  return found.find((zaak) => zaak.identificatie === reference)?.url;
}

function plannedDocuments({ forwarded, permit, types }: Registration): PlannedDocument[] {
  const reference = forwarded.reference;
  const title = serverTranslator('nl').t(textKeys.permitTitle(permit));
  const form = applicationFormPdf(forwarded, permit);
  const data = applicationData(forwarded);
  return [
    {
      step: 'application',
      identificatie: `${reference}-aanvraag`,
      titel: `Aanvraagformulier ${title} ${reference}`.slice(0, 200),
      bestandsnaam: `aanvraag-${reference}.pdf`,
      formaat: 'application/pdf',
      informatieobjecttype: types.applicationDocumentType,
      beschrijving: 'De aanvraag zoals de aanvrager die verstuurde, met wie hielp en het akkoord.',
      size: form.byteLength,
      content: () => form,
    },
    {
      step: 'data',
      identificatie: `${reference}-gegevens`,
      titel: `Antwoorden ${reference} (JSON)`,
      bestandsnaam: `aanvraag-${reference}.json`,
      formaat: 'application/json',
      informatieobjecttype: types.dataDocumentType,
      beschrijving: 'De antwoorden van de aanvraag voor verwerking door software.',
      size: data.byteLength,
      content: () => data,
    },
    ...forwarded.files.map((file, index): PlannedDocument => ({
      step: `attachment:${file.questionId}:${file.position}`,
      identificatie: `${reference}-bijlage-${index + 1}`,
      titel: file.name.slice(0, 200),
      bestandsnaam: file.name.slice(0, 255),
      formaat: file.mediaType,
      informatieobjecttype: types.attachmentDocumentType,
      beschrijving: `Bijlage bij de vraag "${questionLabel(permit, file.questionId)}".`.slice(0, 1000),
      size: file.size,
      content: () => file.content(),
    })),
  ];
}

function questionLabel(permit: PermitDefinition, questionId: string): string {
  const question = permit.steps.flatMap((step) => step.questions).find((candidate) => candidate.id === questionId);
  return question ? serverTranslator('nl').t(textKeys.label(permit, question)) : questionId;
}

/**
 * A document's body with its bytes as base64 `inhoud`, written piece by piece: an attachment of
 * 10 MB is never held whole, as bytes or as base64, while it goes to the case system.
 */
function documentBody({ config }: Registration, document: PlannedDocument, receivedOn: string) {
  const fields = {
    identificatie: document.identificatie,
    bronorganisatie: config.rsin,
    creatiedatum: receivedOn,
    ontvangstdatum: receivedOn,
    titel: document.titel,
    auteur: config.desk.slice(0, 200),
    taal: 'dut',
    bestandsnaam: document.bestandsnaam,
    formaat: document.formaat,
    bestandsomvang: document.size,
    beschrijving: document.beschrijving,
    indicatieGebruiksrecht: false,
    informatieobjecttype: document.informatieobjecttype,
  };
  return {
    stream: async function* (): AsyncGenerator<Uint8Array> {
      const encoder = new TextEncoder();
      yield encoder.encode(`${JSON.stringify(fields).slice(0, -1)},"inhoud":"`);
      const content = document.content();
      let rest = Buffer.alloc(0);
      for await (const chunk of content instanceof Uint8Array ? [content] : content) {
        const bytes = Buffer.concat([rest, Buffer.from(chunk as Uint8Array)]);
        // Base64 of whole groups of three bytes only, so the pieces join into one valid string.
        const whole = bytes.length - (bytes.length % 3);
        yield encoder.encode(bytes.subarray(0, whole).toString('base64'));
        rest = bytes.subarray(whole);
      }
      yield encoder.encode(`${rest.toString('base64')}"}`);
    },
  };
}
