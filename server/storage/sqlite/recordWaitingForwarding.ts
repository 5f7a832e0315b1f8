import type Database from 'better-sqlite3';

/**
 * Records a new application in the forwarding outbox as `waiting`, due at once. Only inside the
 * transaction that saves the application (server/forwarding/ForwardingStore.ts, guarantee 1): both commit, or neither.
 * @param receivedAt as stored with the application (ISO 8601 UTC).
 */
export function recordWaitingForwarding(db: Database.Database, reference: string, receivedAt: string): void {
  db.prepare("INSERT INTO forwarding (reference, state, next_attempt_at, queued_at) VALUES (?, 'waiting', ?, ?)").run(reference, receivedAt, receivedAt);
}
