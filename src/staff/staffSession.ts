import { createStore } from '../observable';
import type { StaffMember } from './StaffMember';

const SESSION_KEY = 'hulploket.staff';

/**
 * The employee signed in on this tablet, if any: staff mode is on while this holds a member.
 * Kept for the tab's session by `keepStaffSessionForVisit`. Only the id and name: never the PIN.
 */
export const signedInStaff = createStore<StaffMember | undefined>(undefined);

/**
 * Keeps the signed-in employee in `sessionStorage`, so a reload in the middle of an application
 * stays in staff mode, while closing the tab signs out: takes over who was signed in before the
 * reload, then writes every change. Called once by the composition root, before the first screen.
 * Returns the function that stops writing.
 */
export function keepStaffSessionForVisit(storage: Storage | undefined): () => void {
  signedInStaff.set(readSession(storage));
  return signedInStaff.subscribe((member) => {
    try {
      if (member) storage?.setItem(SESSION_KEY, JSON.stringify(member));
      else storage?.removeItem(SESSION_KEY);
    } catch {
      // Storage switched off: staff mode then lasts until the next reload.
    }
  });
}

function readSession(storage: Storage | undefined): StaffMember | undefined {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(SESSION_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return undefined;
    const { staffId, name } = stored as Record<string, unknown>;
    return typeof staffId === 'string' && typeof name === 'string' ? { staffId, name } : undefined;
  } catch {
    return undefined;
  }
}
