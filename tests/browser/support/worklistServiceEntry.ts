/**
 * TEST ONLY: the intake service with its back office on a SQLite data directory seeded with
 * applications that need action, one registered and one waiting (saved as the route saves them,
 * then driven through one try as the forwarder would), and one back-office account. Built and run
 * as its own process by `worklistService.ts`.
 */
import path from 'node:path';
import { buildServer } from '../../../server/app';
import { saveBackOfficeAccount } from '../../../server/backOffice/saveBackOfficeAccount';
import { SqliteApplicationStore } from '../../../server/storage/sqlite/SqliteApplicationStore';
import { finishDueTries, receive } from '../../server/support/seedForwarding';

const dataDir = process.env.DATA_DIR ?? '';
const store = new SqliteApplicationStore(dataDir);
const { forwarding } = store;
const received = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
await receive(store, 'standplaatsvergunning', received(50));
await receive(store, 'bewonersparkeervergunning', received(40));
await receive(store, 'bewonersparkeervergunning', received(30));
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
