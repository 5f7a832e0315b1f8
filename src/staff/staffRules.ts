import { validatePlainText } from '../validation';

/** What can be wrong with a new employee's details; each has a message under `staff.error.<code>`. */
export type StaffDetailsError = 'staffIdRequired' | 'staffIdFormat' | 'nameRequired' | 'nameUnsafe' | 'pinRequired' | 'pinFormat' | 'pinMismatch';

/** A staff id: letters, digits, dots, dashes and underscores, 2 to 50 (the contract allows 50). */
const STAFF_ID = /^[A-Za-z0-9._-]{2,50}$/;

/** A PIN: 5 to 12 digits. Five digits at 5 tries per 15 minutes take months to guess on the tablet. */
const PIN = /^\d{5,12}$/;

/** The same id however it was typed: spaces around it dropped, lower case. */
export function normalizeStaffId(staffId: string): string {
  return staffId.trim().toLowerCase();
}

/** Problems with the details of an employee to add, per field (`staffId`, `name`, `pin`, `pinAgain`). */
export function checkNewStaff(details: { staffId: string; name: string; pin: string; pinAgain: string }): Array<{ field: string; code: StaffDetailsError }> {
  const problems: Array<{ field: string; code: StaffDetailsError }> = [];
  const staffId = normalizeStaffId(details.staffId);
  if (staffId === '') problems.push({ field: 'staffId', code: 'staffIdRequired' });
  else if (!STAFF_ID.test(staffId)) problems.push({ field: 'staffId', code: 'staffIdFormat' });
  if (details.name.trim() === '') problems.push({ field: 'name', code: 'nameRequired' });
  // The name travels with every application the employee helps with, where the service holds it
  // to the rule for one-line text: refused here, once, rather than with each application.
  else if (!validatePlainText(details.name.trim(), 'line').ok) problems.push({ field: 'name', code: 'nameUnsafe' });
  if (details.pin === '') problems.push({ field: 'pin', code: 'pinRequired' });
  else if (!PIN.test(details.pin)) problems.push({ field: 'pin', code: 'pinFormat' });
  else if (details.pin !== details.pinAgain) problems.push({ field: 'pinAgain', code: 'pinMismatch' });
  return problems;
}
