// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateBudgets } from '../../server/security/RateBudgets';
import { memoryRateBudgets } from '../../server/storage/memory/memoryRateBudgets';
import { openPostgresStores, type PostgresStores } from '../../server/storage/postgres';
import { reachTestPostgres, type TestDatabase } from './support/postgres';

const postgres = await reachTestPostgres();

/** Where budgets live, as two instances of the service see them: one memory (one instance), or one database. */
interface BudgetPlace {
  readonly name: string;
  readonly skip: boolean;
  /** The budgets as two instances of the service reach them. */
  instances(): Promise<readonly [RateBudgets, RateBudgets]>;
  tearDown(): Promise<void>;
}

function memoryPlace(): BudgetPlace {
  const budgets = memoryRateBudgets();
  return { name: 'memory (one instance)', skip: false, instances: async () => [budgets, budgets], tearDown: async () => undefined };
}

function postgresPlace(): BudgetPlace {
  let database: TestDatabase | undefined;
  const opened: PostgresStores[] = [];
  return {
    name: 'PostgreSQL (two instances)',
    skip: postgres === undefined,
    async instances() {
      database ??= await postgres!.createDatabase();
      const url = database.url;
      const [a, b] = await Promise.all([openPostgresStores({ databaseUrl: url, poolSize: 4 }), openPostgresStores({ databaseUrl: url, poolSize: 4 })]);
      opened.push(a, b);
      return [a.rateBudgets, b.rateBudgets];
    },
    async tearDown() {
      await Promise.all(opened.map((stores) => stores.store.close()));
      await database?.drop();
    },
  };
}

const places = [memoryPlace(), postgresPlace()];

describe.each(places)('request budgets in $name', (place) => {
  let budgets: readonly [RateBudgets, RateBudgets];
  beforeAll(async () => {
    if (!place.skip) budgets = await place.instances();
  });
  afterAll(() => place.tearDown());

  it.skipIf(place.skip)('allow a burst of perMinute, then refuse with the wait until the next request refills', async () => {
    const send = budgets[0]('send-burst', 3);
    const decisions = [await send.take('device-a'), await send.take('device-a'), await send.take('device-a'), await send.take('device-a')];
    expect(decisions.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    // 3 a minute: one request back every 20 seconds.
    expect(decisions[3]).toMatchObject({ allowed: false });
    const wait = decisions[3]?.allowed === false ? decisions[3].retryAfterSeconds : 0;
    expect(wait).toBeGreaterThan(15);
    expect(wait).toBeLessThanOrEqual(20);
  });

  it.skipIf(place.skip)('keep a budget per device and per kind of use, and take back a request that did not count', async () => {
    const send = budgets[0]('send-apart', 1);
    const read = budgets[0]('read-apart', 1);
    expect(await send.take('device-a')).toEqual({ allowed: true });
    expect(await send.take('device-b')).toEqual({ allowed: true });
    expect(await read.take('device-a')).toEqual({ allowed: true });
    expect((await send.take('device-a')).allowed).toBe(false);
    await send.giveBack('device-a');
    expect(await send.take('device-a')).toEqual({ allowed: true });
  });

  it.skipIf(place.skip)('hold across instances: 20 requests at once over both get exactly the burst', async () => {
    const [first, second] = budgets.map((instance) => instance('send-shared', 5));
    const decisions = await Promise.all(Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? first : second)!.take('device-shared')));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
  });
});
