import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startZgwProvider, type ZgwProvider } from '../zgw/provider';
import { buildService } from './support/buildService';
import { startBuiltService, type BuiltService } from './support/startBuiltService';
import { PARKING_CARD_FILES, parkingCardApplication } from './support/parkingCardApplication';
import { submissionForm } from './support/submission';
import { submitHeaders, TOKEN } from './support/testServer';
import { expectOneCompleteZaakEach, seedPermitCatalogus, untilRegistered, ZGW_CLIENT, zgwConfigFor } from './support/zgwSetup';

/**
 * The service killed (SIGKILL) while it registers, again and again, under a stream of
 * applications: when it runs again it must finish every registration with exactly one of every
 * object in the case system, however far the killed try had come.
 */
const APPLICATIONS = 14;
const KILLS = 5;

let provider: ZgwProvider;
let buildDir: string;
let dir: string;

beforeAll(async () => {
  provider = await startZgwProvider({ clients: [ZGW_CLIENT] });
  seedPermitCatalogus(provider);
  buildDir = await buildService();
  dir = mkdtempSync(path.join(tmpdir(), 'forwarding-crash-'));
});
afterAll(async () => {
  await provider.close();
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

it(`after ${KILLS} SIGKILLs at random moments under a stream of applications, each becomes exactly one zaak with one of every object`, async () => {
  const configFile = path.join(dir, 'zgw.json');
  const { desk: _desk, ...config } = zgwConfigFor(provider, {
    requestTimeoutSeconds: 2,
    // A killed try holds its lease this long; then the next run takes it over.
    retry: { maxAttempts: 50, giveUpAfterHours: 1, firstDelaySeconds: 1, maxDelayMinutes: 1, leaseSeconds: 5 },
  });
  writeFileSync(configFile, JSON.stringify(config));
  const dataDir = path.join(dir, 'data');
  const env = { ZGW_CONFIG: configFile, READS_PER_MINUTE: '1000000' };
  let service: BuiltService = await startBuiltService(buildDir, dataDir, env);

  const references = new Set<string>();
  // Per kill: whether a registration was under way (some zaak in the case system not complete yet).
  const cutShort: boolean[] = [];
  // The stream: each application sent until the service answers, with one key, as the tablet does.
  const sending = (async () => {
    for (let index = 0; index < APPLICATIONS; index += 1) {
      const key = randomUUID();
      const application = parkingCardApplication(`mw-${index}`);
      for (;;) {
        const response = await fetch(`${service.url}/api/v1/applications`, { method: 'POST', headers: submitHeaders(key), body: submissionForm(application) }).catch(() => undefined);
        if (response && (response.status === 200 || response.status === 201)) {
          references.add(((await response.json()) as { reference: string }).reference);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  })();
  // Some zaak in the case system not complete yet: a registration is under way.
  const underWay = () => {
    const counts = provider.counts();
    return counts.zaken * (2 + PARKING_CARD_FILES) !== counts.zaakinformatieobjecten || counts.zaken * 2 !== counts.rollen || counts.zaken !== counts.statussen;
  };
  for (let kill = 0; kill < KILLS; kill += 1) {
    // A random moment, then the first moment after it that a registration is under way (on a fast
    // machine one takes a few milliseconds, so a moment chosen blindly mostly falls between them).
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 500));
    for (const end = Date.now() + 2000; !underWay() && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 1));
    service.child.kill('SIGKILL');
    await service.exited;
    cutShort.push(underWay());
    service = await startBuiltService(buildDir, dataDir, env);
  }
  await sending;

  await untilRegistered([service.url], references, TOKEN);
  await service.stop();

  expect(references.size).toBe(APPLICATIONS);
  // The kills did land in the middle of registrations, not only between them.
  expect(cutShort.some(Boolean)).toBe(true);
  expectOneCompleteZaakEach(provider, references, PARKING_CARD_FILES);
});
