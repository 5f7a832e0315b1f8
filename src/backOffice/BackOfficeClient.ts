import type { components } from '../intake/api-types';

type Schemas = components['schemas'];

export type BackOfficeSession = Schemas['BackOfficeSession'];
export type ForwardingState = Schemas['ForwardingState'];
export type ForwardingList = Schemas['ForwardingList'];
export type ForwardingLine = Schemas['ForwardingLine'];
export type ForwardingAttempt = Schemas['ForwardingAttempt'];
export type ForwardingDetail = Schemas['ForwardingDetail'];

/** A read's outcome: the value, the session is gone (sign in again), or the service did not answer well. */
export type ReadResult<T> = { readonly kind: 'ok'; readonly value: T } | { readonly kind: 'signedOut' } | { readonly kind: 'unavailable' };

export type SignInResult =
  | { readonly kind: 'signedIn'; readonly session: BackOfficeSession }
  | { readonly kind: 'wrong' }
  | { readonly kind: 'locked'; readonly minutes: number }
  | { readonly kind: 'unavailable' };

export type RetryResult = ReadResult<ForwardingDetail> | { readonly kind: 'noActionNeeded' } | { readonly kind: 'notFound' };

/** The back office's API (`api/openapi.json`, tag `back-office`), errors as values. */
export interface BackOfficeClient {
  session(): Promise<ReadResult<BackOfficeSession>>;
  signIn(user: string, password: string): Promise<SignInResult>;
  signOut(): Promise<void>;
  list(state: ForwardingState, offset: number, limit: number): Promise<ReadResult<ForwardingList>>;
  detail(reference: string): Promise<ReadResult<ForwardingDetail>>;
  retry(reference: string): Promise<RetryResult>;
}
