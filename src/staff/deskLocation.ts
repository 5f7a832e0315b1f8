/**
 * The desk or office this app serves, sent with every assisted application ("where was the help
 * given"). Set when the app is built, which `npm start` does: `DESK_LOCATION="Stadskantoor, balie 3"`.
 * Empty means not recorded. Longer than the contract's 100 characters is cut, never refused.
 */
export const DESK_LOCATION: string | undefined = (import.meta.env.DESK_LOCATION ?? '').trim().slice(0, 100) || undefined;
