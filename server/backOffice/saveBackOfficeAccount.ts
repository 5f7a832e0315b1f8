import type { BackOfficeAccountStore } from './BackOfficeAccountStore';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../security/passwordHash';
import { normalizeUserName, USER_NAME_PATTERN } from './userNameRule';

/** What is wrong with an account to be saved, in one sentence; `undefined` when nothing is. */
export function accountProblem(userName: string, displayName: string, password: string): string | undefined {
  if (!USER_NAME_PATTERN.test(normalizeUserName(userName))) return '--user must be 2 to 64 letters, digits, dots, hyphens or underscores.';
  // Control and format characters (a pasted zero-width space) would show as nothing in the worklist.
  if (displayName.trim() === '' || displayName.length > 100 || /[\p{Cc}\p{Cf}]/u.test(displayName)) return '--name must be 1 to 100 visible characters.';
  if ([...password].length < PASSWORD_MIN_LENGTH) return `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`;
  if ([...password].length > PASSWORD_MAX_LENGTH) return `The password may be at most ${PASSWORD_MAX_LENGTH} characters long.`;
  return undefined;
}

/**
 * Creates a back-office account or resets its name and password (ending its sessions and any
 * lock-out); the password is stored only as its scrypt hash.
 * @throws Error with {@link accountProblem}'s sentence when the input is not acceptable.
 */
export async function saveBackOfficeAccount(
  store: BackOfficeAccountStore,
  input: { readonly userName: string; readonly displayName: string; readonly password: string },
  now: Date,
): Promise<'created' | 'reset'> {
  const problem = accountProblem(input.userName, input.displayName, input.password);
  if (problem) throw new Error(problem);
  return store.saveAccount(
    { userName: normalizeUserName(input.userName), displayName: input.displayName.trim(), passwordHash: await hashPassword(input.password) },
    now,
  );
}
