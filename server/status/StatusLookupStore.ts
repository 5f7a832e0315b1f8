import type { WrongGuesses } from '../security/lockOut';

/** What the status lookup reads of one application: never answers, names or addresses. */
export interface StatusLookupApplication {
  readonly reference: string;
  readonly formId: string;
  readonly formVersion: number;
  /** ISO date-time. */
  readonly receivedAt: string;
  /** ISO date: the end of the decision term as counted on receipt. */
  readonly expectedDecisionBy: string;
  /** `hashStatusCode` output; absent for an application sent without a status code. */
  readonly statusCodeHash?: string;
}

/** Wrong status codes tried lately for one reference (also for a reference no application has). */
export type StatusLookupMisses = WrongGuesses;

/**
 * Where the status lookup finds an application and keeps the misses per reference, on the
 * service's own database, so every instance behind a load balancer counts the same misses and
 * honours the same lock. Misses are kept per reference whether or not an application has it.
 */
export interface StatusLookupStore {
  findApplication(reference: string): Promise<StatusLookupApplication | undefined>;
  /** The misses recorded for a reference; `undefined` when there are none. */
  findMisses(reference: string): Promise<StatusLookupMisses | undefined>;
  /**
   * Records one wrong code for `reference` as `next` computes it from what was recorded, in one
   * transaction so that concurrent misses (on any instance) all count; forgets, on the way, the
   * misses last recorded before `forgetBefore` that no longer lock anything.
   */
  recordMiss(reference: string, next: (previous: StatusLookupMisses | undefined) => StatusLookupMisses, forgetBefore: Date): Promise<StatusLookupMisses>;
  /** Forgets the misses of a reference whose right code was given. */
  clearMisses(reference: string): Promise<void>;
}
