import type { WrongGuesses } from '../security/lockOut';

/** A functional administrator of the municipality who may read the worklist ("Ontvangen aanvragen"). */
export interface BackOfficeAccount {
  /** Lower case, see `userNameRule`; the account's key and the name recorded with a retry. */
  readonly userName: string;
  /** As shown in the worklist's header, e.g. "J. Jansen". */
  readonly displayName: string;
  /** `passwordHash` output; never the password. */
  readonly passwordHash: string;
}

/** Wrong passwords given for one user name lately (also for a name without an account). */
export type SignInFailures = WrongGuesses;

/** A signed-in back-office session, found by the SHA-256 of its id. */
export interface BackOfficeSession {
  readonly userName: string;
  readonly displayName: string;
  /** Ends after this much idleness; every use moves it on (`touchSession`). */
  readonly expiresAt: Date;
}

/**
 * Back-office accounts, their sign-in failures and their sessions, beside the applications in the
 * same database. Session ids are stored only as their SHA-256 (`sessionIdHash`): a copy of the
 * database signs nobody in. Failures are kept per user name, whether or not an account has it, so
 * that an unknown name is locked out exactly like a known one and names cannot be probed.
 */
export interface BackOfficeAccountStore {
  /**
   * Creates the account or, when the user name exists, sets its name and password (a reset): its
   * failures and lock-out are cleared and its sessions ended.
   */
  saveAccount(account: BackOfficeAccount, now: Date): Promise<'created' | 'reset'>;
  findAccount(userName: string): Promise<BackOfficeAccount | undefined>;
  /** The failures recorded for a user name; `undefined` when there are none. */
  findFailures(userName: string): Promise<SignInFailures | undefined>;
  /**
   * Records one wrong password for `userName` (the name need not have an account), as `next`
   * computes it from what was recorded, in one transaction so concurrent tries all count.
   */
  recordFailedSignIn(userName: string, next: (previous: SignInFailures | undefined) => SignInFailures): Promise<SignInFailures>;
  /** Clears the failures of an account that signed in and notes when. */
  recordSuccessfulSignIn(userName: string, now: Date): Promise<void>;
  /** Stores a new session (and removes the sessions that expired before `now`). */
  createSession(idHash: string, userName: string, now: Date, expiresAt: Date): Promise<void>;
  /** The session, unless it expired at `now` or its account is gone. */
  findSession(idHash: string, now: Date): Promise<BackOfficeSession | undefined>;
  /** Moves a session's idle expiry on. */
  touchSession(idHash: string, expiresAt: Date): Promise<void>;
  endSession(idHash: string): Promise<void>;
}
