import { readDeviceToken, saveDeviceToken } from '../intake';
import type { Device } from './Device';

/**
 * Links this tablet to the intake service: keeps the token for the page (`localStorage`, read
 * synchronously by the intake client) and in the device database for the service worker, then
 * sends what waited for the link (a `401` needs staff to link again: docs/offline.md, guarantee 2).
 * Returns false when the browser refuses to store it.
 */
export function linkDevice(device: Pick<Device, 'database' | 'outbox'>, token: string): boolean {
  if (!saveDeviceToken(token)) return false;
  void copyDeviceTokenForServiceWorker(device).then(() => device.outbox.sendNow());
  return true;
}

/**
 * Copies the token into the device database. At every start too, so a tablet linked before the
 * service worker needed it keeps its link there as well.
 */
export async function copyDeviceTokenForServiceWorker({ database }: Pick<Device, 'database'>): Promise<void> {
  const token = readDeviceToken();
  if (!token) return;
  // The database's code (`idb`) loads beside the first screen, not in it (`src/app/composeDevice.ts`).
  const { storeDeviceToken } = await import('../deviceDatabase/storedDeviceToken');
  await storeDeviceToken(database, token).catch(() => undefined);
}
