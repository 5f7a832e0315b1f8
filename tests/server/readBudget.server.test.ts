import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { startService, type RunningService } from '../../server/startService';
import { TOKEN } from './support/testServer';

let dir: string;
let service: RunningService;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'read-budget-'));
  service = await startService(readConfig({ PORT: '0', DATA_DIR: dir, INTAKE_TOKENS: TOKEN, READS_PER_MINUTE: '3' }), { logLevel: 'silent' });
});
afterAll(async () => {
  await service.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('READS_PER_MINUTE sets the budget for status reads of the service that npm start runs', async () => {
  const read = () => fetch(`${service.url}/api/v1/applications/HV-2026-000001`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const statuses = [];
  for (let index = 0; index < 4; index += 1) statuses.push((await read()).status);
  expect(statuses).toEqual([404, 404, 404, 429]);
});
