import { createDeviceDatabase, readStoredDeviceToken, type DeviceDatabase } from '../deviceDatabase';
import { createDraftStore } from '../drafts';
import { createHttpIntakeClient } from '../intake';
import { createDeviceOutbox, type Outbox } from '../outbox';

/**
 * Background Sync: the service worker delivers the outbox once the network is back, even with no
 * tab of the app open. The same outbox as the tabs (`createDeviceOutbox`): the same lock, the same
 * idempotency keys, the same device database; open tabs hear the outcome on the outbox channel.
 * The database and outbox are made on the first `sync` only, so a worker woken for a page load holds
 * no database connection. Made once by the service worker's composition root (`sw.ts`).
 *
 * The function it returns rejects while an application still waits for the network or the service,
 * so the browser fires the `sync` again later with its own backoff (Chromium: after 5 and 15
 * minutes); an application that waits for a person (needs action) does not.
 */
export function createOutboxDelivery(): () => Promise<void> {
  let outbox: Outbox | undefined;
  let database: DeviceDatabase | undefined;
  return async function deliverOutbox() {
    database ??= createDeviceDatabase();
    outbox ??= createDeviceOutbox({ database, draftStore: createDraftStore({ database }) });
    const token = await readStoredDeviceToken(database);
    await outbox.deliver(
      createHttpIntakeClient(() => token),
      'sync',
    );
    const waiting = outbox.status.get().items.filter((item) => item.state.kind === 'queued' || item.state.kind === 'waiting');
    if (waiting.length > 0) throw new Error(`${waiting.length} application(s) still waiting for the intake service`);
  };
}
