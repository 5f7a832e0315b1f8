// @vitest-environment node
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaseStatusPoller } from '../../server/forwarding/startCaseStatusPoller';
import { createZgwClient } from '../../server/forwarding/zgw/ZgwClient';
import { openPostgresStores, type PostgresStores } from '../../server/storage/postgres';
import { startZgwProvider, type ZgwProvider } from '../zgw/provider';
import { openZaak, recordOnceItIs, registeredAs, seedCaseCatalogus } from './support/caseStatusSetup';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { ZGW_CLIENT, zgwConfigFor } from './support/zgwSetup';

const postgres = await reachTestPostgres();

const ZAKEN = 12;

/**
 * Two instances on one PostgreSQL database (a pool each), each running its case-status poller, as
 * behind a load balancer: the poll claim's leases give every zaak to one of them at a time.
 */
describe('two instances polling the case status from one PostgreSQL database', { skip: postgres === undefined }, () => {
  let provider: ZgwProvider;
  let database: TestDatabase;
  const instances: PostgresStores[] = [];

  beforeAll(async () => {
    provider = await startZgwProvider({ clients: [ZGW_CLIENT] });
    database = await postgres!.createDatabase();
    for (let index = 0; index < 2; index += 1) instances.push(await openPostgresStores({ databaseUrl: database.url, poolSize: 4 }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.store.close()));
    await provider?.close();
    await database?.drop();
    await postgres?.close();
  });

  it(`read each of ${ZAKEN} zaken once per interval, never both at the same time`, async () => {
    const catalogus = seedCaseCatalogus(provider);
    const at = new Date('2026-11-03T10:00:00Z');
    const [first, second] = instances;
    if (!first || !second) throw new Error('two instances expected');
    const zaken = await Promise.all(Array.from({ length: ZAKEN }, () => openZaak(provider, catalogus, '2026-12-29')));
    const references: string[] = [];
    for (const zaakUrl of zaken) references.push(await registeredAs(first.store, first.forwarding, zaakUrl, at));
    const config = zgwConfigFor(provider, { statusPollSeconds: 60 });
    const client = createZgwClient({ clientId: config.clientId, secret: config.secret, timeoutMs: 5000, zakenApi: config.zakenApi });
    const zakenRead = [0, 0];
    const pollers = instances.map((instance, index) =>
      startCaseStatusPoller({
        store: instance.caseStatus,
        config,
        log: Fastify({ logger: false }).log,
        lookMs: 5,
        batch: 2,
        now: () => at,
        // Each zaak takes a little while to read, so both instances look for work while the other holds some.
        client: {
          ...client,
          get: async <T>(url: string, user: Parameters<typeof client.get>[1]) => {
            if (zaken.includes(url)) zakenRead[index] = (zakenRead[index] ?? 0) + 1;
            await new Promise((resolve) => setTimeout(resolve, 30));
            return client.get<T>(url, user);
          },
        },
      }),
    );
    try {
      for (const reference of references) await recordOnceItIs(first.caseStatus, reference, (record) => record !== undefined);
      // The clock stands still: nothing is due again, so every zaak was read exactly once, by one instance.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const reads = provider.requests().filter((request) => request.operation === 'GET /zaken/{uuid}');
      expect(reads.map((request) => request.url).sort()).toEqual(zaken.map((url) => new URL(url).pathname).sort());
      for (const reference of references) expect((await second.caseStatus.read(reference))?.checkedAt).toBe(at.toISOString());
      // Both did their share.
      expect(zakenRead.every((count) => count > 0)).toBe(true);
    } finally {
      await Promise.all(pollers.map((poller) => poller.stop()));
    }
    expect(provider.problems()).toEqual([]);
  });
});
