// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZgwProvider, type ZgwProvider } from '../zgw/provider';
import { buildService } from './support/buildService';
import { PARKING_CARD_FILES, parkingCardApplication } from './support/parkingCardApplication';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { startBuiltService, type BuiltService } from './support/startBuiltService';
import { submissionForm } from './support/submission';
import { submitHeaders, TOKEN } from './support/testServer';
import { expectOneCompleteZaakEach, seedPermitCatalogus, untilRegistered, ZGW_CLIENT, zgwConfigFor } from './support/zgwSetup';

const postgres = await reachTestPostgres();

const APPLICATIONS = 24;

/**
 * Two instances on one PostgreSQL database, each running its forwarder, as behind a load
 * balancer: they share the work through the outbox's leases and register every application once.
 */
describe('two instances forwarding from one PostgreSQL database', { skip: postgres === undefined }, () => {
  let provider: ZgwProvider;
  let buildDir: string;
  let database: TestDatabase;
  let dir: string;
  const running: BuiltService[] = [];

  beforeAll(async () => {
    provider = await startZgwProvider({ clients: [ZGW_CLIENT] });
    seedPermitCatalogus(provider);
    buildDir = await buildService();
    database = await postgres!.createDatabase();
    dir = mkdtempSync(path.join(tmpdir(), 'forwarding-instances-'));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(running.map((instance) => instance.stop()));
    await provider?.close();
    await database?.drop();
    await postgres?.close();
    rmSync(buildDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it(`register each of ${APPLICATIONS} applications sent over both exactly once, with one of every object`, async () => {
    const configFile = path.join(dir, 'zgw.json');
    const { desk: _desk, ...config } = zgwConfigFor(provider, { requestTimeoutSeconds: 5 });
    writeFileSync(configFile, JSON.stringify(config));
    const env = { DATABASE_URL: database.url, DATABASE_POOL_SIZE: '4', ZGW_CONFIG: configFile, READS_PER_MINUTE: '1000000' };
    running.push(
      ...(await Promise.all([0, 1].map((index) => startBuiltService(buildDir, path.join(dir, `instance-${index}`), env)))),
    );
    const urls = running.map((instance) => instance.url);

    const references = new Set<string>();
    await Promise.all(
      Array.from({ length: APPLICATIONS }, async (_, index) => {
        const response = await fetch(`${urls[index % 2]}/api/v1/applications`, {
          method: 'POST',
          headers: submitHeaders(randomUUID()),
          body: submissionForm(parkingCardApplication(`mw-${index}`)),
        });
        expect(response.status).toBe(201);
        references.add(((await response.json()) as { reference: string }).reference);
      }),
    );
    await untilRegistered(urls, references, TOKEN);
    expectOneCompleteZaakEach(provider, references, PARKING_CARD_FILES);
    // Each application was claimed once: one try each, none taken over from the other instance.
    const tries = await database.query<{ attempts: number }>('SELECT attempts FROM forwarding');
    expect(tries.map(({ attempts }) => attempts)).toEqual(Array.from({ length: APPLICATIONS }, () => 1));
  });
});
