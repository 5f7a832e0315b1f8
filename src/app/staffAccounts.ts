/**
 * The product's own staff sign-in: accounts with slowly hashed PINs on this tablet. Reached only by
 * the dynamic `import()` in `composeTablet`, so the PIN hashing loads with the staff screens and
 * never weighs on the first screen.
 */
export { createStaffAccounts } from '../staff';
