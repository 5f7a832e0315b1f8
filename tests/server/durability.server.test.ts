// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../server/storage/sqlite/SqliteApplicationStore';
import { buildService } from './support/buildService';
import { startBuiltService } from './support/startBuiltService';
import { sha256 } from './support/files';
import { FILE_MIXES, keyedSubmission, sendKeyed, type KeyedSubmission } from './support/keyedSubmission';
import { expectConforms } from './support/testServer';

const ROUNDS = 5;
const WORKERS = 4;

/**
 * docs/intake.md, "Durable before acknowledged": the built service is killed with SIGKILL at a
 * random moment while applications (some with files) stream in, then restarted on the same data.
 * Every application that got a 201 must be there with all its files (same SHA-256), nothing may
 * be half stored, and a retry of a request whose answer was lost gets the same reference.
 */
describe('durability under kill -9', () => {
  let buildDir: string;
  let dataDir: string;
  beforeAll(async () => {
    buildDir = await buildService();
    dataDir = mkdtempSync(path.join(tmpdir(), 'intake-durable-'));
  });
  afterAll(() => {
    rmSync(buildDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`keeps every acknowledged application whole across ${ROUNDS} crashes`, async () => {
    const acknowledged: KeyedSubmission[] = [];
    let lost: KeyedSubmission[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const service = await startBuiltService(buildDir, dataDir);

      // The wizard's outbox after a crash: send again whatever got no answer, with the same key.
      for (const sent of lost) {
        const response = await sendKeyed(service.url, sent);
        const body = (await response.json()) as { reference: string };
        expectConforms('POST', '/api/v1/applications', response, body);
        expect([200, 201]).toContain(response.status);
        sent.reference = body.reference;
        acknowledged.push(sent);
      }
      lost = [];

      let running = true;
      const unexpected: string[] = [];
      const workers = Array.from({ length: WORKERS }, async () => {
        while (running) {
          const sent = keyedSubmission(FILE_MIXES[Math.floor(Math.random() * FILE_MIXES.length)] ?? []);
          try {
            const response = await sendKeyed(service.url, sent);
            const body = (await response.json()) as { reference?: string };
            expectConforms('POST', '/api/v1/applications', response, body);
            if (response.status === 201) {
              sent.reference = body.reference;
              acknowledged.push(sent);
            } else unexpected.push(`status ${response.status}`);
          } catch (error) {
            // Only the kill may cut a request short; the answer is lost, the outbox sends again.
            if (running) unexpected.push(String(error));
            lost.push(sent);
          }
        }
      });
      await delay(300 + Math.random() * 1200);
      running = false;
      service.child.kill('SIGKILL');
      await Promise.all(workers);
      await service.exited;

      expect(unexpected).toEqual([]);
      checkStore(dataDir, acknowledged);
    }
    expect(acknowledged.length).toBeGreaterThan(ROUNDS * 5);
  });
});

/** Reads the store straight from SQLite, as a fresh process after the crash would. */
function checkStore(dataDir: string, acknowledged: readonly KeyedSubmission[]): void {
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const applications = db.prepare('SELECT reference, idempotency_key, answers_json FROM applications').all() as Array<{ reference: string; idempotency_key: string; answers_json: string }>;
    const byKey = new Map(applications.map((row) => [row.idempotency_key, row]));
    const fileRows = db.prepare('SELECT id, reference, position, size, sha256 FROM files WHERE reference = ? ORDER BY position');
    const chunks = db.prepare('SELECT data FROM file_chunks WHERE file_id = ? ORDER BY sequence');
    const storedFiles = (reference: string) =>
      (fileRows.all(reference) as Array<{ id: number; size: number; sha256: string }>).map((file) => {
        const hash = createHash('sha256');
        let size = 0;
        for (const { data } of chunks.all(file.id) as Array<{ data: Buffer }>) {
          hash.update(data);
          size += data.length;
        }
        expect(size).toBe(file.size);
        expect(hash.digest('hex')).toBe(file.sha256);
        return file.sha256;
      });

    // Every acknowledged application is there, once, with exactly its files.
    for (const sent of acknowledged) {
      const row = byKey.get(sent.key);
      expect(row?.reference).toBe(sent.reference);
      expect(storedFiles(sent.reference ?? '')).toEqual(sent.files.map((file) => sha256(file.bytes)));
    }
    // No half application: every stored application (acknowledged or not) has all the files its answers announce.
    for (const row of applications) {
      const answers = JSON.parse(row.answers_json) as { idCopy?: unknown[] };
      expect(storedFiles(row.reference)).toHaveLength(answers.idCopy?.length ?? 0);
    }
    expect(new Set(applications.map((row) => row.reference)).size).toBe(applications.length);
  } finally {
    db.close();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
