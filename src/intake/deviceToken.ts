/**
 * The tablet's device token for the intake service. Staff link a tablet once (the start command
 * prints a link); the token then stays on the device. It is not personal data of a citizen.
 */
const STORAGE_KEY = 'hulploket.deviceToken';

export function readDeviceToken(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    // Storage can be switched off (private mode, policy); the tablet then simply is not linked.
    return undefined;
  }
}

/** Stores the token; returns false when the browser refuses to store anything. */
export function saveDeviceToken(token: string): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, token.trim());
    return true;
  } catch {
    return false;
  }
}
