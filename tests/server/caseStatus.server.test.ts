// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCaseStatusPoller, type CaseStatusPoller } from '../../server/forwarding/startCaseStatusPoller';
import { createZgwClient } from '../../server/forwarding/zgw/ZgwClient';
import type { ApplicationStore } from '../../server/applications/ApplicationStore';
import type { CaseStatusPollStore } from '../../server/forwarding/CaseStatusPollStore';
import type { ForwardingStore } from '../../server/forwarding/ForwardingStore';
import { openPostgresStores } from '../../server/storage/postgres';
import { SqliteApplicationStore } from '../../server/storage/sqlite/SqliteApplicationStore';
import { startZgwProvider, type ZgwProvider } from '../zgw/provider';
import { asCaseHandler, openZaak, recordOnceItIs, registeredAs, seedCaseCatalogus, setStatus, type CaseCatalogus } from './support/caseStatusSetup';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { ZGW_CLIENT, zgwConfigFor } from './support/zgwSetup';

const postgres = await reachTestPostgres();

/** The stores the poller works on, on one engine. */
interface Stores {
  readonly store: ApplicationStore;
  readonly forwarding: ForwardingStore;
  readonly caseStatus: CaseStatusPollStore;
}

/** Each engine, with fresh storage per test. */
const ENGINES: readonly { readonly name: string; readonly skip: boolean; open(): Promise<Stores & { close(): Promise<void> }> }[] = [
  {
    name: 'SQLite',
    skip: false,
    open: async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'case-status-'));
      const sqlite = new SqliteApplicationStore(dataDir);
      return {
        store: sqlite,
        forwarding: sqlite.forwarding,
        caseStatus: sqlite.caseStatus,
        close: async () => {
          await sqlite.close();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    skip: postgres === undefined,
    open: async () => {
      const database: TestDatabase = await postgres!.createDatabase();
      const stores = await openPostgresStores({ databaseUrl: database.url, poolSize: 4 });
      return {
        ...stores,
        close: async () => {
          await stores.store.close();
          await database.drop();
        },
      };
    },
  },
];

const POLL_SECONDS = 60;

afterAll(async () => {
  await postgres?.close();
});

describe.each(ENGINES)('the status of a registered application’s zaak, on $name', ({ skip, open }) => {
  let provider: ZgwProvider;
  let catalogus: CaseCatalogus;
  let stores: Stores & { close(): Promise<void> };
  let poller: CaseStatusPoller | undefined;
  /** The poller's clock: a test moves it on to make the next read due. */
  let clock: Date;

  beforeEach(async () => {
    if (skip) return;
    provider = await startZgwProvider({ clients: [ZGW_CLIENT] });
    catalogus = seedCaseCatalogus(provider);
    stores = await open();
    clock = new Date('2026-11-03T10:00:00Z');
  });
  afterEach(async () => {
    if (skip) return;
    await poller?.stop();
    poller = undefined;
    await stores.close();
    expect(provider.problems()).toEqual([]);
    await provider.close();
  });

  function startPoller(): void {
    const config = zgwConfigFor(provider, { statusPollSeconds: POLL_SECONDS, requestTimeoutSeconds: 2 });
    poller = startCaseStatusPoller({
      store: stores.caseStatus,
      config,
      // Fastify's logger without output, as the service hands its own.
      log: Fastify({ logger: false }).log,
      lookMs: 10,
      now: () => clock,
      // No spread: the next read is due exactly one interval on.
      random: () => 0.5,
      // On the real clock: the provider checks a token's age on its own.
      client: createZgwClient({ clientId: config.clientId, secret: config.secret, timeoutMs: 2000, zakenApi: config.zakenApi }),
    });
  }

  /** Moves the poller's clock past the next read, as that much time passing would. */
  function nextInterval(): void {
    clock = new Date(clock.getTime() + (POLL_SECONDS + 1) * 1000);
  }

  const readsOf = (zaakUrl: string) => provider.requests().filter((request) => request.operation === 'GET /zaken/{uuid}' && zaakUrl.endsWith(request.url.split('?')[0] ?? '-')).length;

  describe.skipIf(skip)('as the poller keeps it', () => {
    it('is read from the case system and kept: statuses with their texts for the citizen, the due date, an extension and the case handler', async () => {
      const zaakUrl = await openZaak(provider, catalogus, '2026-12-29');
      const reference = await registeredAs(stores.store, stores.forwarding, zaakUrl, clock);
      startPoller();

      const first = await recordOnceItIs(stores.caseStatus, reference, (record) => record !== undefined);
      expect(first).toEqual({
        snapshot: {
          statuses: [{ setAt: '2026-11-03T09:16:00.000Z', citizenText: 'Wij hebben uw aanvraag ontvangen.', description: 'Ontvangen', final: false }],
          decisionDueBy: '2026-12-29',
        },
        checkedAt: clock.toISOString(),
      });

      await setStatus(provider, zaakUrl, catalogus.statustypen[1], '2026-11-10T14:00:00Z');
      await asCaseHandler(provider, 'PATCH', zaakUrl, { verlenging: { reden: 'Advies van de GGD nodig', duur: 'P6W' } });
      await asCaseHandler(provider, 'POST', `${provider.apis.zaken}/rollen`, {
        zaak: zaakUrl,
        roltype: catalogus.behandelaar,
        roltoelichting: 'Behandelt de aanvraag',
        betrokkeneType: 'medewerker',
        betrokkeneIdentificatie: { identificatie: 'bhv-3', achternaam: 'Jansen', voorletters: 'J.', voorvoegselAchternaam: '' },
        contactpersoonRol: { naam: 'J. Jansen', telefoonnummer: '14 020', emailadres: 'vergunningen@gemeente.example' },
      });
      nextInterval();

      const second = await recordOnceItIs(stores.caseStatus, reference, (record) => record?.snapshot.statuses.length === 2);
      expect(second).toEqual({
        snapshot: {
          statuses: [
            { setAt: '2026-11-03T09:16:00.000Z', citizenText: 'Wij hebben uw aanvraag ontvangen.', description: 'Ontvangen', final: false },
            // No statustekst in the catalogus: the page has the omschrijving.
            { setAt: '2026-11-10T14:00:00.000Z', description: 'In behandeling', final: false },
          ],
          decisionDueBy: '2026-12-29',
          extension: { dueBy: '2027-02-09', reason: 'Advies van de GGD nodig' },
          caseHandler: { name: 'J. Jansen', phone: '14 020', email: 'vergunningen@gemeente.example' },
        },
        checkedAt: clock.toISOString(),
      });
    });

    it('of a closed zaak has its result and end date, and is read once more after it closed and then no more', async () => {
      const zaakUrl = await openZaak(provider, catalogus, '2026-12-29');
      const reference = await registeredAs(stores.store, stores.forwarding, zaakUrl, clock);
      startPoller();
      await recordOnceItIs(stores.caseStatus, reference, (record) => record !== undefined);

      await asCaseHandler(provider, 'POST', `${provider.apis.zaken}/resultaten`, { zaak: zaakUrl, resultaattype: catalogus.verleend, toelichting: 'De kaart wordt binnen een week bezorgd.' });
      await setStatus(provider, zaakUrl, catalogus.statustypen[2], '2026-11-20T11:30:00Z');
      nextInterval();
      const closed = await recordOnceItIs(stores.caseStatus, reference, (record) => record?.snapshot.closedOn !== undefined);
      expect(closed?.snapshot).toMatchObject({
        closedOn: '2026-11-20',
        result: { description: 'Verleend', explanation: 'De kaart wordt binnen een week bezorgd.' },
        statuses: [
          { description: 'Ontvangen', final: false },
          { setAt: '2026-11-20T11:30:00.000Z', citizenText: 'Er is een besluit genomen over uw aanvraag.', description: 'Besluit genomen', final: true },
        ],
      });

      nextInterval();
      const last = clock.toISOString();
      await recordOnceItIs(stores.caseStatus, reference, (record) => record?.checkedAt === last);
      const reads = readsOf(zaakUrl);
      expect(reads).toBe(3);
      nextInterval();
      nextInterval();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(readsOf(zaakUrl)).toBe(reads);
      expect((await stores.caseStatus.read(reference))?.checkedAt).toBe(last);
    });

    it('stays as last read while the case system is down, with when reading it last failed, until it answers again', async () => {
      const zaakUrl = await openZaak(provider, catalogus, '2026-12-29');
      const reference = await registeredAs(stores.store, stores.forwarding, zaakUrl, clock);
      startPoller();
      const good = await recordOnceItIs(stores.caseStatus, reference, (record) => record !== undefined);

      provider.setDown(true);
      nextInterval();
      const failedAt = clock.toISOString();
      const stale = await recordOnceItIs(stores.caseStatus, reference, (record) => record?.lastFailedAt !== undefined);
      expect(stale).toEqual({ ...good, lastFailedAt: failedAt });

      provider.setDown(false);
      nextInterval();
      const back = await recordOnceItIs(stores.caseStatus, reference, (record) => record?.lastFailedAt === undefined);
      expect(back).toEqual({ snapshot: good?.snapshot, checkedAt: clock.toISOString() });
    });

    it('treats what the case system says as untrusted: unsafe characters removed, a phone number that is none left out, a URL outside its APIs not followed', async () => {
      const zaakUrl = await openZaak(provider, catalogus, '2026-12-29');
      await asCaseHandler(provider, 'POST', `${provider.apis.zaken}/rollen`, {
        zaak: zaakUrl,
        roltype: catalogus.behandelaar,
        roltoelichting: '',
        betrokkeneType: 'medewerker',
        betrokkeneIdentificatie: { identificatie: 'bhv-4', achternaam: 'Pie\u202Etres\u0007', voorletters: 'A.' },
        contactpersoonRol: { naam: 'A. Pieters', telefoonnummer: '<b>bel</b>', emailadres: 'a.pieters@gemeente.example' },
      });
      const reference = await registeredAs(stores.store, stores.forwarding, zaakUrl, clock);
      startPoller();
      const record = await recordOnceItIs(stores.caseStatus, reference, (found) => found !== undefined);
      expect(record?.snapshot.caseHandler).toEqual({ name: 'A. Pietres', email: 'a.pieters@gemeente.example' });

      const elsewhere = await registeredAs(stores.store, stores.forwarding, 'https://elders.example/zaken/api/v1/zaken/1', clock);
      nextInterval();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await stores.caseStatus.read(elsewhere)).toBeUndefined();
      expect(provider.requests().some((request) => request.url.includes('elders'))).toBe(false);
    });
  });
});
