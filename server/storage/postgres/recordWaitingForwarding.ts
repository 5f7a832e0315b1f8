import type { ClientBase } from 'pg';

/**
 * Records a new application in the forwarding outbox as `waiting`, due at once. Only on the client
 * of the transaction that saves the application (server/forwarding/ForwardingStore.ts, guarantee 1): both commit, or neither.
 */
export async function recordWaitingForwarding(client: ClientBase, applicationId: string, receivedAt: Date): Promise<void> {
  await client.query("INSERT INTO forwarding (application_id, state, next_attempt_at, queued_at) VALUES ($1, 'waiting', $2, $2)", [applicationId, receivedAt]);
}
