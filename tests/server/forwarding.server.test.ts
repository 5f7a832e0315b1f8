import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import type { ApplicationStatus } from '../../server/contract/apiTypes';
import type { ZgwConfig } from '../../server/forwarding/zgw/ZgwConfig';
import { startService, type RunningService } from '../../server/startService';
import { SqliteApplicationStore } from '../../server/storage/sqlite/SqliteApplicationStore';
import { answersToSend, todayIso } from '../../src/wizard';
import { permitExamples } from '../fixtures/permitExamples';
import { startZgwProvider, type ZgwProvider } from '../zgw/provider';
import { announcedFiles, submissionForm } from './support/submission';
import { submitHeaders, TOKEN } from './support/testServer';
import { seedPermitCatalogus, ZGW_CLIENT, zgwConfigFor } from './support/zgwSetup';

/**
 * The service as `npm start` runs it with `ZGW_CONFIG`, against the test ZGW provider: what the
 * tablet sends becomes a zaak there by itself, and staff can read what happened.
 */
let provider: ZgwProvider;
let dir: string;
let service: RunningService | undefined;

beforeAll(async () => {
  provider = await startZgwProvider({ clients: [ZGW_CLIENT] });
});
afterAll(async () => {
  await provider.close();
});
beforeEach(() => {
  provider.reset();
  seedPermitCatalogus(provider);
  dir = mkdtempSync(path.join(tmpdir(), 'forwarding-'));
});
afterEach(async () => {
  await service?.stop();
  service = undefined;
  rmSync(dir, { recursive: true, force: true });
  expect(provider.problems()).toEqual([]);
});

const METRICS_TOKEN = 'metrics-scraper-0123456789';

async function start(overrides: Partial<ZgwConfig> = {}): Promise<RunningService> {
  const configFile = path.join(dir, 'zgw.json');
  const { desk: _desk, requestTimeoutSeconds: _timeout, catalogueCacheMinutes: _cache, ...file } = { ...zgwConfigFor(provider), ...overrides };
  writeFileSync(configFile, JSON.stringify({ ...file, requestTimeoutSeconds: 2 }));
  const config = readConfig({ PORT: '0', DATA_DIR: path.join(dir, 'data'), INTAKE_TOKENS: TOKEN, RATE_LIMIT_PER_MINUTE: '100000', READS_PER_MINUTE: '100000', ZGW_CONFIG: configFile, METRICS_TOKEN });
  service = await startService(config, { logLevel: 'silent' });
  return service;
}

async function send(url: string, formId: string, answers: Record<string, unknown>): Promise<string> {
  const permit = permitExamples.find((example) => example.permit.id === formId)?.permit;
  const application = {
    formId,
    formVersion: permit?.version ?? 1,
    locale: 'nl',
    answers,
    assistance: { assisted: true, staffId: 'mw-0007', staffName: 'Joost de Vries', location: 'Stadskantoor, balie 2' },
    consent: { given: true, at: '2026-11-03T09:01:00Z', contactChannel: 'email' },
    client: { draftId: randomUUID(), startedAt: '2026-11-03T09:00:00Z', submittedAt: '2026-11-03T09:10:00Z' },
  };
  const response = await fetch(`${url}/api/v1/applications`, { method: 'POST', headers: submitHeaders(), body: submissionForm(application) });
  expect(response.status, await response.clone().text()).toBe(201);
  const { reference } = (await response.json()) as { reference: string };
  return reference;
}

async function status(url: string, reference: string): Promise<ApplicationStatus> {
  const response = await fetch(`${url}/api/v1/applications/${reference}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as ApplicationStatus;
}

async function until(what: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await what())) {
    if (Date.now() > end) throw new Error('waited too long');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('forwarding to the case system', () => {
  it('registers every example of every permit as exactly one complete zaak, and the status then names it', async () => {
    const { url } = await start();
    const today = todayIso();
    const sent: { reference: string; files: ReturnType<typeof announcedFiles> }[] = [];
    for (const example of permitExamples) {
      const answers = answersToSend(example.permit, example.answers(today), today);
      const reference = await send(url, example.permit.id, answers);
      sent.push({ reference, files: announcedFiles({ formId: example.permit.id, answers }) });
    }
    await until(async () => (await Promise.all(sent.map(({ reference }) => status(url, reference)))).every((one) => one.registration?.state === 'registered'));

    // Prometheus sees the same, so an alert can watch for applications that need action.
    const metrics = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(metrics).toContain(`intake_forwarding_applications{state="registered"} ${sent.length}`);
    expect(metrics).toContain('intake_forwarding_applications{state="needsAction"} 0');

    const counts = provider.counts();
    const files = sent.reduce((total, one) => total + one.files.length, 0);
    expect({ zaken: counts.zaken, rollen: counts.rollen, statussen: counts.statussen, documents: counts.enkelvoudiginformatieobjecten, links: counts.zaakinformatieobjecten }).toEqual({
      zaken: sent.length,
      rollen: 2 * sent.length,
      statussen: sent.length,
      documents: 2 * sent.length + files,
      links: 2 * sent.length + files,
    });
    for (const { reference, files: sentFiles } of sent) {
      const zaak = provider.objects('zaken').find((one) => (one.data as { identificatie: string }).identificatie === reference);
      expect(zaak, reference).toBeDefined();
      expect((await status(url, reference)).registration).toMatchObject({ state: 'registered', zaakIdentificatie: reference });
      const linked = provider.objects('zaakinformatieobjecten').filter((link) => (link.data as { zaak: string }).zaak === zaak?.url);
      const stored = linked.map((link) => provider.content((link.data as { informatieobject: string }).informatieobject) ?? Buffer.alloc(0));
      const digests = stored.map((bytes) => createHash('sha256').update(bytes).digest('hex'));
      for (const file of sentFiles) expect(digests).toContain(createHash('sha256').update(file.bytes).digest('hex'));
    }
  });

  it('gets through a failing case system by itself, and makes each object once', async () => {
    provider.faults.next('POST /zaken', { kind: '500' });
    provider.faults.next('POST /enkelvoudiginformatieobjecten', { kind: 'cutAfterCommit' });
    provider.faults.next('POST /rollen', { kind: 'timeout', commit: true });
    const { url } = await start();
    const example = permitExamples.find((one) => one.permit.id === 'gehandicaptenparkeerkaart');
    if (!example) throw new Error('no parking-card example');
    const today = todayIso();
    const reference = await send(url, example.permit.id, answersToSend(example.permit, example.answers(today), today));
    expect((await status(url, reference)).registration).toEqual({ state: 'pending' });
    await until(async () => (await status(url, reference)).registration?.state === 'registered');
    expect(provider.counts()).toMatchObject({ zaken: 1, rollen: 2, statussen: 1 });
    // Each failed try is in the history staff read, with its step, before the one that registered it.
    const store = new SqliteApplicationStore(path.join(dir, 'data'));
    try {
      const found = await store.forwarding.findForwarding(reference, new Date());
      expect(found?.summary).toMatchObject({ state: 'registered', zaakIdentificatie: reference });
      expect(found?.attempts.map(({ outcome, step }) => `${outcome} ${step}`)).toEqual([
        'failed zaak',
        'failed document:application',
        'failed rol:initiator',
        'registered klaar',
      ]);
    } finally {
      await store.close();
    }
  });
});
