import { attemptWindowStart, fromBase64, minutesUntilNextAttempt, sameBytes, toBase64, type AttemptLimit } from '../crypto';
import { DEVICE_STORES, type DeviceDatabase, type StaffAccount } from '../deviceDatabase';
import { hashPin, PIN_ITERATIONS } from './pinHash';
import type { StaffMember } from './StaffMember';
import type { SignInResult, StaffSignIn } from './StaffSignIn';
import { checkNewStaff, normalizeStaffId, type StaffDetailsError } from './staffRules';

/** Wrong PINs one account accepts: 5 within any 15 minutes, then it waits (no puzzle, WCAG 3.3.8). */
export const PIN_ATTEMPT_LIMIT = { maxFailures: 5, windowMinutes: 15 } as const satisfies AttemptLimit;

/** The details of an employee to add, as typed. */
export interface NewStaff {
  readonly staffId: string;
  readonly name: string;
  readonly pin: string;
  readonly pinAgain: string;
}

export type AddStaffResult =
  | { readonly kind: 'added'; readonly member: StaffMember }
  | { readonly kind: 'invalid'; readonly problems: ReadonlyArray<{ field: string; code: StaffDetailsError }> }
  /** Someone with this id can already sign in here. */
  | { readonly kind: 'exists' }
  /** Accounts exist and nobody is signed in: only an employee may add a colleague. */
  | { readonly kind: 'notAllowed' }
  | { readonly kind: 'unavailable' };

/**
 * Staff sign-in with an id and a PIN kept on this tablet: the product's own `StaffSignIn`.
 *
 * How accounts get onto a tablet: the first employee is added on a tablet that was linked to the
 * intake service (only whoever runs the service has that link); after that, only a signed-in
 * employee adds colleagues. There is no way to read a PIN back; a forgotten PIN means removing the
 * tablet's site data and adding the accounts again (or using the municipality's single sign-on).
 */
export interface StaffAccounts extends StaffSignIn {
  /** Whether any employee can sign in on this tablet yet. */
  hasAccounts(): Promise<boolean>;
  /** Adds an employee; `addedBy` is whoever is signed in (required once any account exists). */
  add(details: NewStaff, addedBy: StaffMember | undefined): Promise<AddStaffResult>;
}

export interface StaffAccountsOptions {
  readonly database: DeviceDatabase;
  /** PBKDF2 rounds for new accounts; default `PIN_ITERATIONS`. Tests may use fewer. */
  readonly iterations?: number;
  /** Default `Date.now`. */
  readonly now?: () => number;
}

export function createStaffAccounts({ database, iterations = PIN_ITERATIONS, now = Date.now }: StaffAccountsOptions): StaffAccounts {
  const store = DEVICE_STORES.staffAccounts;
  // An unknown id costs as much as a known one, so timing does not tell which ids exist.
  const decoySalt = crypto.getRandomValues(new Uint8Array(16));

  const attempt = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch {
      return fallback;
    }
  };

  return {
    hasAccounts: () => attempt(async () => (await database.run((db) => db.count(store))) > 0, false),

    signIn: (typedId, pin) =>
      attempt(async (): Promise<SignInResult> => {
        const staffId = normalizeStaffId(typedId);
        const account = staffId === '' ? undefined : await database.run((db) => db.get(store, staffId));
        if (!account) {
          await hashPin(pin, decoySalt, iterations);
          return { kind: 'wrong' };
        }
        const waitMinutes = minutesUntilNextAttempt(account.failures, now(), PIN_ATTEMPT_LIMIT);
        if (waitMinutes > 0) return { kind: 'locked', retryAfterMinutes: waitMinutes };
        const hash = await hashPin(pin, fromBase64(account.salt), account.iterations);
        if (sameBytes(hash, fromBase64(account.pinHash))) {
          // A right PIN forgives earlier typing mistakes of the same employee.
          if (account.failures.length > 0) await database.run((db) => db.put(store, { ...account, failures: [] }));
          return { kind: 'signedIn', member: { staffId: account.staffId, name: account.name } };
        }
        const at = now();
        const failures = [...account.failures.filter((time) => time > attemptWindowStart(at, PIN_ATTEMPT_LIMIT)), at];
        await database.run((db) => db.put(store, { ...account, failures }));
        const locked = minutesUntilNextAttempt(failures, at, PIN_ATTEMPT_LIMIT);
        return locked > 0 ? { kind: 'locked', retryAfterMinutes: locked } : { kind: 'wrong' };
      }, { kind: 'unavailable' }),

    add: (details, addedBy) =>
      attempt(async (): Promise<AddStaffResult> => {
        const problems = checkNewStaff(details);
        if (problems.length > 0) return { kind: 'invalid', problems };
        if (!addedBy && (await database.run((db) => db.count(store))) > 0) return { kind: 'notAllowed' };
        const staffId = normalizeStaffId(details.staffId);
        const salt = crypto.getRandomValues(new Uint8Array(16));
        const account: StaffAccount = {
          staffId,
          name: details.name.trim(),
          salt: toBase64(salt),
          iterations,
          pinHash: toBase64(await hashPin(details.pin, salt, iterations)),
          failures: [],
          addedAt: new Date(now()).toISOString(),
        };
        const added = await database.run(async (db) => {
          const tx = db.transaction(store, 'readwrite');
          if (await tx.store.get(staffId)) return false;
          await Promise.all([tx.store.add(account), tx.done]);
          return true;
        });
        return added ? { kind: 'added', member: { staffId, name: account.name } } : { kind: 'exists' };
      }, { kind: 'unavailable' }),
  };
}
