/**
 * Staff mode: an employee signs in on the tablet, and the application records that it was made
 * with help, by whom and where (README, "Filling in at the help desk"). `StaffSignIn` is the seam for a municipality's single
 * sign-on; `createStaffAccounts` is the product's own, with PINs hashed on the tablet.
 */
export type { StaffMember } from './StaffMember';
export type { SignInResult, StaffSignIn } from './StaffSignIn';
export { createStaffAccounts, PIN_ATTEMPT_LIMIT, type AddStaffResult, type NewStaff, type StaffAccounts, type StaffAccountsOptions } from './createStaffAccounts';
export { PIN_ITERATIONS } from './pinHash';
export type { StaffDetailsError } from './staffRules';
export { keepStaffSessionForVisit, signedInStaff } from './staffSession';
export { DESK_LOCATION } from './deskLocation';
