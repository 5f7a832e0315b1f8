/** A back-office user name: 2 to 64 lower-case letters, digits, dots, hyphens or underscores. */
export const USER_NAME_PATTERN = /^[a-z0-9._-]{2,64}$/;

/** The user name as accounts are keyed: trimmed and in lower case, so "Jansen" signs in as "jansen". */
export function normalizeUserName(userName: string): string {
  return userName.trim().toLowerCase();
}
