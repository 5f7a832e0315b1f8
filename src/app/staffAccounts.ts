import { deviceDatabase } from '../application';
import { createStaffAccounts } from '../staff';

/**
 * This tablet's staff accounts, in the device database. Imported only by the staff screens, so
 * the PIN hashing never weighs on the first screen. A municipality with single sign-on replaces
 * this with its own `StaffSignIn`.
 */
export const staffAccounts = createStaffAccounts({ database: deviceDatabase });
