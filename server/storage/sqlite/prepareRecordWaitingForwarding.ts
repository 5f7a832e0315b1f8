import type Database from 'better-sqlite3';

/** Records a new application in the forwarding outbox; see `prepareRecordWaitingForwarding`. */
export type RecordWaitingForwarding = (reference: string, receivedAt: string) => void;

/**
 * Prepares, once per connection, the statement that records a new application in the forwarding
 * outbox as `waiting`, due at once. Only call the result inside the transaction that saves the
 * application (server/forwarding/ForwardingStore.ts, guarantee 1): both commit, or neither.
 * `receivedAt` as stored with the application (ISO 8601 UTC).
 */
export function prepareRecordWaitingForwarding(db: Database.Database): RecordWaitingForwarding {
  const insert = db.prepare<[string, string, string]>("INSERT INTO forwarding (reference, state, next_attempt_at, queued_at) VALUES (?, 'waiting', ?, ?)");
  return (reference, receivedAt) => {
    insert.run(reference, receivedAt, receivedAt);
  };
}
