import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StoredFile } from '../../server/applications/ApplicationStore';
import type { Application } from '../../server/contract/apiTypes';
import { describeFailure } from '../../server/forwarding/describeFailure';
import type { ApplicationToForward, Checkpoints } from '../../server/forwarding/ForwardingStore';
import { registerZaak } from '../../server/forwarding/zgw/registerZaak';
import { createCaseTypeResolver } from '../../server/forwarding/zgw/resolveCaseTypes';
import { createZgwClient, ZgwCallError } from '../../server/forwarding/zgw/ZgwClient';
import type { ZgwConfig } from '../../server/forwarding/zgw/ZgwConfig';
import { findDefinition } from '../../src/definitions';
import { pdfText } from '../fixtures/pdfText';
import { startZgwProvider, type ZgwFault, type ZgwOperationKey, type ZgwProvider } from '../zgw/provider';
import { announcedFiles, deskApplication, exampleApplication } from './support/submission';
import { seedPermitCatalogus, ZGW_CLIENT, zaaktypeOf, zgwConfigFor } from './support/zgwSetup';

let provider: ZgwProvider;
let config: ZgwConfig;

beforeAll(async () => {
  provider = await startZgwProvider({ clients: [ZGW_CLIENT] });
});
afterAll(async () => {
  await provider.close();
});
beforeEach(() => {
  provider.reset();
  seedPermitCatalogus(provider);
  config = zgwConfigFor(provider);
});
afterEach(() => {
  // The provider checks its own answers against the official documents: none may have been wrong.
  expect(provider.problems()).toEqual([]);
});

/** The OpenAPI example's parking-card application as received at the desk on 3 November 2026, with its files. */
function assistedApplication(reference = 'HV-2026-000042', made: Application = exampleApplication()): ApplicationToForward {
  const application: Application = {
    ...made,
    assistance: { assisted: true, staffId: 'mw-0042', staffName: 'Fatima el Amrani', location: 'Stadskantoor, balie 3', typedBy: { personalDetails: 'staff' } },
  };
  const files: StoredFile[] = announcedFiles(application).map((file, position) => ({
    questionId: file.field,
    position,
    name: file.name,
    mediaType: file.type,
    size: file.bytes.length,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    content: () => Readable.from([Buffer.from(file.bytes)]),
  }));
  return { reference, application, answers: application.answers, receivedAt: new Date('2026-11-03T09:12:00Z'), expectedDecisionBy: '2026-12-29', files };
}

async function register(forwarded: ApplicationToForward, checkpoints: Record<string, string> = {}, timeoutMs = 5000) {
  const client = createZgwClient({ clientId: ZGW_CLIENT.clientId, secret: ZGW_CLIENT.secret, timeoutMs, zakenApi: config.zakenApi });
  const permit = findDefinition(forwarded.application.formId);
  if (!permit) throw new Error('unknown permit');
  const user = { id: 'mw-0042', representation: 'Fatima el Amrani' };
  const permitConfig = config.permits[permit.id];
  if (!permitConfig) throw new Error('permit not configured');
  const types = await createCaseTypeResolver(client, config)(permitConfig, '2026-11-03', user);
  return registerZaak({
    client,
    config,
    types,
    permit,
    forwarded,
    checkpoints: checkpoints as Checkpoints,
    user,
    checkpoint: async (step, url) => {
      checkpoints[step] = url;
    },
  });
}

/** Tries again (keeping the checkpoints, as the outbox does) until the registration goes. */
async function registerThroughFaults(forwarded: ApplicationToForward, timeoutMs: number): Promise<{ tries: number }> {
  const checkpoints: Record<string, string> = {};
  for (let tries = 1; tries <= 5; tries += 1) {
    try {
      await register(forwarded, checkpoints, timeoutMs);
      return { tries };
    } catch (error) {
      if (!(error instanceof ZgwCallError) || !describeFailure(error, 'test').retryable) throw error;
    }
  }
  throw new Error('not registered after 5 tries');
}

function expectOneCompleteZaak(forwarded: ApplicationToForward): void {
  const counts = provider.counts();
  const documents = 2 + forwarded.files.length;
  expect({
    zaken: counts.zaken,
    rollen: counts.rollen,
    statussen: counts.statussen,
    documents: counts.enkelvoudiginformatieobjecten,
    links: counts.zaakinformatieobjecten,
  }).toEqual({ zaken: 1, rollen: 2, statussen: 1, documents, links: documents });
}

describe('registering an application as a zaak', () => {
  it('makes one complete zaak: the zaak, the form as PDF, the answers as JSON, every attachment byte for byte, the initiator, the employee and the first status', async () => {
    const forwarded = assistedApplication();
    const { zaakUrl, zaakIdentificatie } = await register(forwarded);
    expect(zaakIdentificatie).toBe('HV-2026-000042');
    expectOneCompleteZaak(forwarded);

    const [zaak] = provider.objects('zaken');
    expect(zaak?.url).toBe(zaakUrl);
    expect(zaak?.data).toMatchObject({
      identificatie: 'HV-2026-000042',
      bronorganisatie: '002220647',
      verantwoordelijkeOrganisatie: '002220647',
      registratiedatum: '2026-11-03',
      startdatum: '2026-11-03',
      uiterlijkeEinddatumAfdoening: '2026-12-29',
      kenmerken: [{ kenmerk: 'HV-2026-000042', bron: 'Hulploket Vergunningen' }],
    });

    const documents = provider.objects('enkelvoudiginformatieobjecten');
    const byName = (name: string) => documents.find((document) => (document.data as { bestandsnaam: string }).bestandsnaam === name);
    const pdf = byName('aanvraag-HV-2026-000042.pdf');
    const text = pdfText(provider.content(pdf?.url ?? '')?.toString('latin1') ?? '');
    expect(text).toContain('HV-2026-000042');
    expect(text).toContain('Fatima el Amrani');
    expect(text).toContain('Akkoord gegeven');
    const data = JSON.parse(provider.content(byName('aanvraag-HV-2026-000042.json')?.url ?? '')?.toString('utf8') ?? '{}') as { reference: string; answers: unknown };
    expect(data.reference).toBe('HV-2026-000042');
    expect(data.answers).toEqual(forwarded.answers);
    for (const file of forwarded.files) {
      const stored = byName(file.name);
      expect(createHash('sha256').update(provider.content(stored?.url ?? '') ?? Buffer.alloc(0)).digest('hex')).toBe(file.sha256);
    }

    const rollen = provider.objects('rollen').map((rol) => rol.data as { betrokkeneType: string; betrokkeneIdentificatie: Record<string, string>; roltoelichting: string });
    const initiator = rollen.find((rol) => rol.betrokkeneType === 'natuurlijk_persoon');
    expect(initiator?.betrokkeneIdentificatie).toMatchObject({ inpBsn: forwarded.answers.bsn, geslachtsnaam: forwarded.answers.familyName });
    const employee = rollen.find((rol) => rol.betrokkeneType === 'medewerker');
    expect(employee?.betrokkeneIdentificatie).toMatchObject({ identificatie: 'mw-0042', achternaam: 'Fatima el Amrani' });
    expect(employee?.roltoelichting).toContain('niet zelf ingelogd');
    // The case system's audit trail names the employee who helped.
    const posts = provider.requests().filter((request) => request.method === 'POST');
    expect(posts.every((request) => request.claims?.user_id === 'mw-0042')).toBe(true);
    expect(zaaktypeOf('gehandicaptenparkeerkaart')).toBe((provider.objects('zaaktypen').find((type) => type.url === (zaak?.data as { zaaktype: string }).zaaktype)?.data as { identificatie: string }).identificatie);
  });

  it('makes nothing twice when it runs again after it finished, without its checkpoints (it looks before it creates)', async () => {
    const forwarded = assistedApplication();
    const first = await register(forwarded);
    const again = await register(forwarded);
    expect(again.zaakUrl).toBe(first.zaakUrl);
    expectOneCompleteZaak(forwarded);
  });

  const steps: readonly ZgwOperationKey[] = ['POST /zaken', 'POST /enkelvoudiginformatieobjecten', 'POST /zaakinformatieobjecten', 'POST /rollen', 'POST /statussen'];
  const faults: readonly (readonly [string, ZgwFault])[] = [
    ['500', { kind: '500' }],
    ['a timeout', { kind: 'timeout' }],
    ['a timeout after it stored', { kind: 'timeout', commit: true }],
    ['the connection cut after it stored', { kind: 'cutAfterCommit' }],
    ['401 for an expired token', { kind: 'expiredToken' }],
  ];
  describe.each(steps)('at %s', (operation) => {
    it.each(faults)('after %s, the next try completes it with exactly one of every object', async (_name, fault) => {
      const forwarded = assistedApplication();
      provider.faults.next(operation, fault);
      const { tries } = await registerThroughFaults(forwarded, 1500);
      expect(tries).toBe(2);
      expectOneCompleteZaak(forwarded);
    });
  });

  describe('made for someone else at the desk, identity checked and paid by PIN', () => {
    type Rol = { betrokkeneType: string; betrokkeneIdentificatie: Record<string, string>; roltoelichting: string; indicatieMachtiging?: string; contactpersoonRol?: Record<string, string> };
    const rollen = () => provider.objects('rollen').map((rol) => rol.data as Rol);

    it('registers the representative as gemachtigde beside the applicant as machtiginggever, the desk record in the employee\'s rol and the zaak paid', async () => {
      const forwarded = assistedApplication('HV-2026-000043', deskApplication());
      await register(forwarded);
      expect(provider.objects('zaken')[0]?.data).toMatchObject({ betalingsindicatie: 'geheel', laatsteBetaaldatum: '2026-11-03T08:30:30.000Z' });
      const persons = rollen().filter((rol) => rol.betrokkeneType === 'natuurlijk_persoon');
      expect(persons).toHaveLength(2);
      expect(persons.find((rol) => rol.indicatieMachtiging === 'machtiginggever')?.betrokkeneIdentificatie).toMatchObject({ inpBsn: forwarded.answers.bsn });
      expect(persons.find((rol) => rol.indicatieMachtiging === 'gemachtigde')).toMatchObject({
        betrokkeneIdentificatie: { geslachtsnaam: 'Pieter de Vries' },
        roltoelichting: expect.stringContaining('bewindvoerder (BW 1:441)'),
        contactpersoonRol: { naam: 'Pieter de Vries', telefoonnummer: '+31612345678' },
      });
      const employee = rollen().find((rol) => rol.betrokkeneType === 'medewerker');
      expect(employee?.roltoelichting).toContain('aanvrager: identiteitskaart, vertegenwoordiger of helper: rijbewijs; geldig');
      expect(employee?.roltoelichting).toContain('pin aan de balie, bonnummer 004711');
      expect(employee?.roltoelichting).toMatch(/158,95/);
      const pdf = provider.objects('enkelvoudiginformatieobjecten').find((document) => (document.data as { bestandsnaam: string }).bestandsnaam === 'aanvraag-HV-2026-000043.pdf');
      const text = pdfText(provider.content(pdf?.url ?? '')?.toString('latin1') ?? '');
      expect(text).toContain('Pieter de Vries');
      expect(text.replace(/\s+/g, ' ')).toContain('Geen documentnummer of kopie bewaard');

      // Run again without checkpoints: it finds both initiator rollen and makes neither twice.
      await register(forwarded);
      expect(rollen()).toHaveLength(3);
    });

    it('after the connection is cut once the representative was stored, the next try makes it once', async () => {
      const forwarded = assistedApplication('HV-2026-000044', deskApplication());
      const checkpoints: Record<string, string> = {};
      provider.faults.next('POST /rollen', { kind: 'cutAfterCommit' });
      await expect(register(forwarded, checkpoints, 1500)).rejects.toBeInstanceOf(ZgwCallError);
      await register(forwarded, checkpoints, 1500);
      expect(rollen().filter((rol) => rol.indicatieMachtiging === 'gemachtigde')).toHaveLength(1);
      expect(rollen()).toHaveLength(3);
    });

    it('names a family member who only helps in the applicant\'s rol, without a machtiging, and an invoice leaves the zaak unpaid', async () => {
      const made = deskApplication();
      const desk = made.desk?.payment ? { ...made.desk, payment: { ...made.desk.payment, paymentMethod: 'invoice' as const } } : made.desk;
      const { pinReceiptNumber: _receipt, ...invoice } = desk?.payment ?? { pinReceiptNumber: '' };
      await register(assistedApplication('HV-2026-000045', { ...made, onBehalf: { ...made.onBehalf, onBehalfOf: 'someoneElse', representationBasis: 'familyHelper' }, desk: { ...desk, payment: invoice as NonNullable<typeof desk>['payment'] } }));
      expect(provider.objects('zaken')[0]?.data).toMatchObject({ betalingsindicatie: 'nog_niet' });
      // The provider answers every field of the zaak; an unpaid one has no date.
      expect((provider.objects('zaken')[0]?.data as { laatsteBetaaldatum?: string | null }).laatsteBetaaldatum ?? null).toBeNull();
      const persons = rollen().filter((rol) => rol.betrokkeneType === 'natuurlijk_persoon');
      expect(persons).toHaveLength(1);
      expect(persons[0]?.indicatieMachtiging ?? '').toBe('');
      expect(persons[0]?.roltoelichting).toContain('Geholpen door Pieter de Vries (familielid dat helpt, zonder machtiging)');
    });
  });

  it('stops at a 400 (our data or mapping is wrong) as something retrying cannot mend', async () => {
    provider.faults.next('POST /rollen', { kind: 'badRequest' });
    const error = await register(assistedApplication()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZgwCallError);
    expect(describeFailure(error, 'rol:initiator')).toMatchObject({ retryable: false, message: expect.stringContaining('weigerde de gegevens') });
  });
});

describe('the ZGW client', () => {
  it('keeps a provider error body readable and storable: control characters (NUL included) removed, cut to 2,000 characters', async () => {
    const body = `{"detail":"kapot\u0000\u0007"}${'x'.repeat(5000)}`;
    const client = createZgwClient({ clientId: 'c', secret: 's'.repeat(32), timeoutMs: 1000, zakenApi: 'http://zaken.test', fetch: async () => new Response(body, { status: 500 }) });
    const error = await client.get('http://zaken.test/zaken/1', { id: 'x', representation: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZgwCallError);
    expect((error as ZgwCallError).body).toBe(`{"detail":"kapot"}${'x'.repeat(2000 - 18)}`);
  });
});
