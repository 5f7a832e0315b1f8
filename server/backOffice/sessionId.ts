import { createHash, randomBytes } from 'node:crypto';

/** A new session id: 32 random bytes, base64url; only the browser's cookie holds it. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps of a session id (hex SHA-256): enough to find it, useless to sign in with. */
export function sessionIdHash(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}
