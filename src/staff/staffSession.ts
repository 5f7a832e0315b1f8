import { createStore } from '../observable';
import type { StaffMember } from './StaffMember';

const SESSION_KEY = 'hulploket.staff';

/**
 * The employee signed in on this tablet, if any: staff mode is on while this holds a member.
 * Kept in `sessionStorage`, so a reload in the middle of an application stays in staff mode,
 * while closing the tab signs out. Only the id and name: never the PIN.
 */
export const signedInStaff = createStore<StaffMember | undefined>(readSession());

signedInStaff.subscribe((member) => {
  try {
    if (member) sessionStorage.setItem(SESSION_KEY, JSON.stringify(member));
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage switched off: staff mode then lasts until the next reload.
  }
});

function readSession(): StaffMember | undefined {
  try {
    const stored: unknown = JSON.parse(globalThis.sessionStorage?.getItem(SESSION_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return undefined;
    const { staffId, name } = stored as Record<string, unknown>;
    return typeof staffId === 'string' && typeof name === 'string' ? { staffId, name } : undefined;
  } catch {
    return undefined;
  }
}
