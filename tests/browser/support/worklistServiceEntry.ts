/**
 * TEST ONLY: the intake service with a back office whose forwarding outbox is the in-memory test
 * support store, seeded with applications that need action, one registered and one waiting, and
 * one back-office account. Built and run as its own process by `worklistService.ts`, until the
 * SQLite ForwardingStore is merged and the real service can be seeded by submitting applications.
 */
import path from 'node:path';
import { buildServer } from '../../../server/app';
import { saveBackOfficeAccount } from '../../../server/backOffice/saveBackOfficeAccount';
import { SqliteApplicationStore } from '../../../server/storage/sqlite/SqliteApplicationStore';
import { TestSupportMemoryForwardingStore } from '../../server/support/memoryForwardingStore';
import { finishDueTries } from '../../server/support/seedForwarding';

const dataDir = process.env.DATA_DIR ?? '';
const store = new SqliteApplicationStore(dataDir);
const forwarding = new TestSupportMemoryForwardingStore();
const received = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
forwarding.enqueue('HV-2026-000001', 'standplaatsvergunning', received(50));
forwarding.enqueue('HV-2026-000002', 'bewonersparkeervergunning', received(40));
forwarding.enqueue('HV-2026-000003', 'bewonersparkeervergunning', received(30));
await finishDueTries(forwarding, received(20), (reference) =>
  reference === 'HV-2026-000002'
    ? { kind: 'registered', zaakIdentificatie: 'ZAAK-2026-0000042' }
    : { kind: 'needsAction', reason: 'Het zaaksysteem kent dit zaaktype niet.', detail: 'POST /zaken → 400 {"invalidParams":[{"name":"zaaktype","code":"bad-url"}]}' },
);
await saveBackOfficeAccount(
  store.backOfficeAccounts,
  { userName: process.env.WORKLIST_USER ?? '', displayName: 'J. Jansen', password: process.env.WORKLIST_PASSWORD ?? '' },
  new Date(),
);
const app = await buildServer({
  store,
  parkedDrafts: store.parkedDrafts,
  backOfficeAccounts: store.backOfficeAccounts,
  forwarding,
  deviceTokens: [],
  dataDir,
  appDir: path.resolve('dist/app'),
  logLevel: 'warn',
  strictContract: true,
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening on ${url}`);
process.on('SIGTERM', () => void app.close().then(() => store.close()).then(() => process.exit(0)));
