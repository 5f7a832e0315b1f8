import type { BackOfficeAccountStore } from './BackOfficeAccountStore';
import { hashPassword, verifyPassword } from '../security/passwordHash';
import { newSessionId, sessionIdHash } from './sessionId';
import { afterWrongGuess, lockedUntil } from '../security/lockOut';
import { SESSION_IDLE_MS, SIGN_IN_LOCK_OUT } from './signInPolicy';
import { normalizeUserName, USER_NAME_PATTERN } from './userNameRule';

/** How a sign-in ended; `wrong` for an unknown name and a wrong password alike. */
export type SignInResult =
  | { readonly kind: 'signedIn'; readonly sessionId: string; readonly userName: string; readonly displayName: string; readonly expiresAt: Date }
  | { readonly kind: 'wrong' }
  | { readonly kind: 'locked'; readonly until: Date };

/** A hash of a password nobody has, checked for unknown names so they take as long as known ones. */
let unknownAccountHash: Promise<string> | undefined;

/**
 * Checks a user name and password and, when they are right, opens a session. An unknown name is
 * answered exactly as a wrong password, after the same scrypt work, and its failures count and
 * lock out like an account's: nothing tells which names exist. A locked-out name is refused
 * before its password is looked at, the right one too.
 */
export async function signIn(store: BackOfficeAccountStore, userName: string, password: string, now: Date): Promise<SignInResult> {
  const name = normalizeUserName(userName);
  const until = lockedUntil(await store.findFailures(name), now);
  if (until) return { kind: 'locked', until };
  const account = await store.findAccount(name);
  unknownAccountHash ??= hashPassword(newSessionId());
  const right = await verifyPassword(password, account?.passwordHash ?? (await unknownAccountHash));
  if (!account || !right) {
    // A name no account can have is not recorded: there is nothing to probe, nor to lock.
    if (!USER_NAME_PATTERN.test(name)) return { kind: 'wrong' };
    const failures = await store.recordFailedSignIn(name, (previous) => afterWrongGuess(previous, now, SIGN_IN_LOCK_OUT));
    const locked = lockedUntil(failures, now);
    return locked ? { kind: 'locked', until: locked } : { kind: 'wrong' };
  }
  await store.recordSuccessfulSignIn(name, now);
  const sessionId = newSessionId();
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  await store.createSession(sessionIdHash(sessionId), name, now, expiresAt);
  return { kind: 'signedIn', sessionId, userName: name, displayName: account.displayName, expiresAt };
}
