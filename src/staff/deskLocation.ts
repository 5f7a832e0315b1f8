import { readDeskLocation } from '../settings';

/**
 * The desk or office this app serves, sent with every assisted application ("where was the help
 * given"): `DESK_LOCATION="Stadskantoor, balie 3"` when the app is built (see `src/settings/buildSettings.ts`).
 */
export const DESK_LOCATION: string | undefined = readDeskLocation(import.meta.env.DESK_LOCATION);
