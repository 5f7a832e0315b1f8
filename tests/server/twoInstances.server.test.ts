// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStores, type PostgresStores } from '../../server/storage/postgres';
import { buildService } from './support/buildService';
import { sha256 } from './support/files';
import { FILE_MIXES, keyedSubmission, sendKeyed, type KeyedSubmission } from './support/keyedSubmission';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { startBuiltService, type BuiltService } from './support/startBuiltService';

const postgres = await reachTestPostgres();

const SENDERS = 8;
const ROUNDS = 3;

/**
 * Several instances of the built service on one PostgreSQL database, as behind a load balancer:
 * they must behave as one service. Each instance is a process of its own on loopback, with its own
 * DATA_DIR (uploads in progress only), so nothing but the database is shared.
 */
describe('two instances on one PostgreSQL database', { skip: postgres === undefined }, () => {
  let buildDir: string;
  let database: TestDatabase;
  let stores: PostgresStores;
  const dataDirs: string[] = [];
  const running: BuiltService[] = [];

  const startInstance = async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-instance-'));
    dataDirs.push(dataDir);
    const instance = await startBuiltService(buildDir, dataDir, { DATABASE_URL: database.url, DATABASE_POOL_SIZE: '4' });
    running.push(instance);
    return instance;
  };

  beforeAll(async () => {
    buildDir = await buildService();
    database = await postgres!.createDatabase();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(running.map((instance) => instance.stop()));
    await stores?.store.close();
    await database?.drop();
    await postgres?.close();
    rmSync(buildDir, { recursive: true, force: true });
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('start at the same moment on an empty database: both migrate it safely, and both serve', async () => {
    const [a, b] = await Promise.all([startInstance(), startInstance()]);
    for (const instance of [a, b]) expect((await fetch(`${instance.url}/api/v1/health`)).status).toBe(200);
    stores = await openPostgresStores({ databaseUrl: database.url, poolSize: 2 });
  });

  it('give one application and one reference for 50 parallel sends of one key spread over both', async () => {
    const [a, b] = running;
    const sent = keyedSubmission([['pdf', 200_000]]);
    const answers = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        const response = await sendKeyed((index % 2 === 0 ? a : b)!.url, sent);
        return { status: response.status, reference: ((await response.json()) as { reference?: string }).reference };
      }),
    );
    expect(answers.filter(({ status }) => status === 201)).toHaveLength(1);
    expect(answers.every(({ status }) => status === 201 || status === 200)).toBe(true);
    expect(new Set(answers.map(({ reference }) => reference)).size).toBe(1);
    expect(await database.query('SELECT reference FROM applications WHERE idempotency_key = $1', [sent.key])).toHaveLength(1);
  });

  it('refuse the same key with other content with 409 on whichever instance gets it', async () => {
    const [a, b] = running;
    const first = keyedSubmission([]);
    expect((await sendKeyed(a!.url, first)).status).toBe(201);
    const other = { ...keyedSubmission([['pdf', 40_000]]), key: first.key };
    expect((await sendKeyed(b!.url, other)).status).toBe(409);
    expect((await sendKeyed(a!.url, other)).status).toBe(409);
  });

  it(`lose no acknowledged application when one is killed with SIGKILL under load from ${SENDERS} senders, ${ROUNDS} times`, async () => {
    const acknowledged: KeyedSubmission[] = [];
    const unexpected: string[] = [];
    let resent = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const [victim, survivor] = running.slice(-2) as [BuiltService, BuiltService];
      const lost: KeyedSubmission[] = [];
      let sending = true;
      const senders = Array.from({ length: SENDERS }, async (_, senderIndex) => {
        for (let turn = 0; sending; turn += 1) {
          const sent = keyedSubmission(FILE_MIXES[(senderIndex + turn) % FILE_MIXES.length] ?? []);
          const target = (senderIndex + turn) % 2 === 0 ? victim : survivor;
          try {
            const response = await sendKeyed(target.url, sent);
            const body = (await response.json()) as { reference?: string };
            if (response.status === 201) {
              sent.reference = body.reference;
              acknowledged.push(sent);
            } else unexpected.push(`status ${response.status} from ${target === victim ? 'the killed' : 'the other'} instance`);
          } catch (error) {
            // Only the killed instance may cut a request short: the outbox then sends again, with the same key.
            if (target !== victim) unexpected.push(`the other instance failed: ${String(error)}`);
            lost.push(sent);
          }
        }
      });
      await delay(400 + Math.random() * 1200);
      victim.child.kill('SIGKILL');
      await victim.exited;
      await delay(300);
      sending = false;
      await Promise.all(senders);

      // What got no answer goes again to the instance that is left, as the wizard's outbox would.
      resent += lost.length;
      for (const sent of lost) {
        const response = await sendKeyed(survivor.url, sent);
        const body = (await response.json()) as { reference?: string };
        expect([200, 201]).toContain(response.status);
        sent.reference = body.reference;
        acknowledged.push(sent);
      }
      running.splice(running.indexOf(victim), 1);
      await startInstance();
    }
    console.log(`two instances, ${ROUNDS} kills: ${acknowledged.length} applications acknowledged, ${resent} of them sent again after their answer was cut off`);
    expect(unexpected).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(ROUNDS * 5);
    await expectStored(acknowledged);
  }, 180_000);

  /** Every acknowledged application once, with its reference and every file byte for byte; nothing half stored. */
  async function expectStored(acknowledged: readonly KeyedSubmission[]): Promise<void> {
    for (const sent of acknowledged) {
      expect((await stores.store.findByIdempotencyKey(sent.key))?.receipt.reference).toBe(sent.reference);
      const files = await stores.store.findFiles(sent.reference ?? '');
      expect(await Promise.all(files.map((file) => digestOf(file.content())))).toEqual(sent.files.map((file) => sha256(file.bytes)));
    }
    const incomplete = await database.query(
      `SELECT a.reference FROM applications a
        WHERE a.reference IS NULL
           OR jsonb_array_length(COALESCE(a.answers -> 'idCopy', '[]'::jsonb)) <> (SELECT count(*) FROM files f WHERE f.application_id = a.id)`,
    );
    expect(incomplete).toEqual([]);
    const references = await database.query<{ reference: string }>('SELECT reference FROM applications');
    expect(new Set(references.map(({ reference }) => reference)).size).toBe(references.length);
  }
});

async function digestOf(content: NodeJS.ReadableStream): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of content) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
