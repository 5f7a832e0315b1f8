/** Why the sign-in form is shown again: the person signed out, or the session ended by itself. */
export type SignedOutReason = 'signedOut' | 'ended';
