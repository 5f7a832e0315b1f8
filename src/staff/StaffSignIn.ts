import type { StaffMember } from './StaffMember';

/**
 * The outcome of a sign-in, as a value. A wrong id and a wrong PIN give the same answer, so trying
 * ids reveals nobody's account.
 */
export type SignInResult =
  | { readonly kind: 'signedIn'; readonly member: StaffMember }
  | { readonly kind: 'wrong' }
  /** Too many wrong PINs for this id recently (`PIN_ATTEMPT_LIMIT`); try again in this many minutes. */
  | { readonly kind: 'locked'; readonly retryAfterMinutes: number }
  /** The tablet's storage cannot be read (private mode, storage cleared). */
  | { readonly kind: 'unavailable' };

/**
 * How an employee proves who they are on the tablet. The one seam a municipality replaces with its
 * single sign-on: an implementation that checks the credentials elsewhere (or redirects and comes
 * back with a member) fits here, and the rest of the wizard only ever sees a `StaffMember`.
 */
export interface StaffSignIn {
  signIn(staffId: string, pin: string): Promise<SignInResult>;
}
