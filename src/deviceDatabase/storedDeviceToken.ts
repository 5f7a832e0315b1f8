import { META_KEYS, STORES, type DeviceDatabase } from './deviceDatabase';

/**
 * The device token kept in the device database, for the service worker; `undefined` when the
 * tablet is not linked or IndexedDB cannot be used.
 */
export async function readStoredDeviceToken(database: DeviceDatabase): Promise<string | undefined> {
  try {
    const record = await database.run((db) => db.get(STORES.meta, META_KEYS.deviceToken));
    return record?.name === META_KEYS.deviceToken ? record.token : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the device token in the device database (once linked, sending must not depend on `localStorage` alone). */
export async function storeDeviceToken(database: DeviceDatabase, token: string): Promise<void> {
  await database.run((db) => db.put(STORES.meta, { name: META_KEYS.deviceToken, token }));
}
