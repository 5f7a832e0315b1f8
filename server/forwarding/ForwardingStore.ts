import type { Application } from '../contract/apiTypes';
import type { StoredFile } from '../applications/ApplicationStore';
import type { AnswerValue } from '../../src/wizard';

/**
 * Where an application stands on its way into the municipality's case system:
 * - `waiting`: to be registered (new, or after a failed try, from `nextAttemptAt`);
 * - `registering`: a forwarder holds its lease and is registering it now;
 * - `registered`: the case system has it as a zaak (`zaakIdentificatie`);
 * - `needsAction`: tried until retrying could not mend it; it waits for staff (`reason`), never deleted.
 */
export type ForwardingState = 'waiting' | 'registering' | 'registered' | 'needsAction';

/**
 * What each finished step of a registration left in the case system: the step's name (e.g. `zaak`,
 * `document:application`, `link:attachment:identityDocument:0`, `rol:initiator`) to the URL of the
 * object it made or found. A later try skips the steps it finds here.
 */
export type Checkpoints = Readonly<Record<string, string>>;

/** One application claimed for registration, held by one forwarder until `leaseUntil`. */
export interface ClaimedForwarding {
  readonly reference: string;
  /** Tries of this round so far, this one included. */
  readonly attempt: number;
  /** When this round of tries began: when the application was accepted, or staff last asked to retry. */
  readonly queuedAt: Date;
  readonly leaseUntil: Date;
  /**
   * Proves the lease: every write of this try names it, and a write after the lease went to
   * another forwarder (this one was too slow, or presumed dead) changes nothing.
   */
  readonly leaseId: string;
  readonly checkpoints: Checkpoints;
}

/** One try (or a staff action) in an application's forwarding history, as the worklist shows it. */
export interface ForwardingAttempt {
  readonly at: Date;
  /** The step it ended at (`zaak`, `document:application`, …), or `retry` for a staff retry. */
  readonly step: string;
  readonly outcome: 'failed' | 'registered' | 'needsAction' | 'retryRequested';
  /** Plain words for staff (Dutch), e.g. "Het zaaksysteem antwoordde niet binnen 10 seconden." */
  readonly message: string;
  /** The technical detail (status, problem body), folded away in the worklist; never answers. */
  readonly detail?: string;
  /** The back-office account that asked for a retry; only for `retryRequested`. */
  readonly by?: string;
}

/** How a try ended, as the forwarder reports it to {@link ForwardingStore.finish}. */
export type ForwardingOutcome =
  | { readonly kind: 'registered'; readonly zaakUrl: string; readonly zaakIdentificatie: string }
  /** Try again from `nextAttemptAt` (backoff chosen by the forwarder). */
  | { readonly kind: 'retry'; readonly nextAttemptAt: Date }
  /** Retrying cannot mend it (or the tries are used up): staff must act; `reason` says why. */
  | { readonly kind: 'needsAction'; readonly reason: string };

/** One line of the worklist: references, permits and dates, never answers or files. */
export interface ForwardingSummary {
  readonly reference: string;
  readonly formId: string;
  readonly receivedAt: Date;
  readonly state: ForwardingState;
  /** Tries of the current round (since receipt, or since staff last asked to retry). */
  readonly attempts: number;
  readonly nextAttemptAt?: Date;
  readonly reason?: string;
  readonly zaakIdentificatie?: string;
  readonly registeredAt?: Date;
}

/** What the forwarder needs of one application to register it. */
export interface ApplicationToForward {
  readonly reference: string;
  readonly application: Application;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly receivedAt: Date;
  /** ISO date. */
  readonly expectedDecisionBy: string;
  readonly files: readonly StoredFile[];
}

/**
 * The forwarding outbox of the intake service (docs/forwarding.md). Every application the
 * `ApplicationStore` saves is recorded here as `waiting` in the same transaction as the
 * application itself, so none can be accepted without being forwarded later.
 *
 * Guarantees an implementation must give:
 * 1. Every saved application has exactly one forwarding record, from the save's own commit on.
 * 2. `claimDue` hands an application to at most one caller at a time, also under concurrent calls
 *    from several instances: a record is claimed only when it is `waiting` and due, or its lease
 *    has run out (its forwarder is presumed dead); claiming counts a try and sets a new lease.
 * 3. A write naming a lease that is no longer the record's (`leaseId`) changes nothing and returns false.
 * 4. Checkpoints, once saved, survive every later outcome; `finish` and `retryNow` keep them.
 * 5. Nothing is ever deleted: `needsAction` waits until `retryNow`, which makes it `waiting` and
 *    due at once and starts a new round of tries (the try count from 0, `queuedAt` now), and is
 *    recorded with who asked.
 * 6. Every `finish` and `retryNow` adds an attempt to the history, in the same transaction.
 */
export interface ForwardingStore {
  /** Claims up to `limit` due applications, oldest due first, each leased for `leaseMs`. */
  claimDue(now: Date, leaseMs: number, limit: number): Promise<readonly ClaimedForwarding[]>;
  /** Reads what is needed to register a claimed application; `undefined` for an unknown reference. */
  readApplication(reference: string): Promise<ApplicationToForward | undefined>;
  /** Records one finished step of a try; false when the lease is gone (guarantee 3). */
  saveCheckpoint(reference: string, leaseId: string, step: string, url: string): Promise<boolean>;
  /** Ends a try with its outcome and its line in the history; false when the lease is gone. */
  finish(reference: string, leaseId: string, outcome: ForwardingOutcome, attempt: ForwardingAttempt): Promise<boolean>;
  /**
   * Staff: makes an application that needs action `waiting` and due at `now`, recording `by`;
   * false when it does not need action (already registered, waiting, or being registered).
   */
  retryNow(reference: string, by: string, now: Date): Promise<boolean>;
  /** How many applications are in each state at `now` (a lease that ran out counts as `waiting`). */
  countByState(now: Date): Promise<Readonly<Record<ForwardingState, number>>>;
  /** The worklist: applications in `state` at `now`, newest first. */
  list(state: ForwardingState, now: Date, options: { limit: number; offset: number }): Promise<readonly ForwardingSummary[]>;
  /** One application's line and its history, oldest attempt first; `undefined` for an unknown reference. */
  findForwarding(reference: string, now: Date): Promise<{ summary: ForwardingSummary; attempts: readonly ForwardingAttempt[] } | undefined>;
}
