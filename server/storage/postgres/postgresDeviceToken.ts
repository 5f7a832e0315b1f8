import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { asPostgresStoreError } from './asPostgresStoreError';

/**
 * The device token of a fresh install on PostgreSQL (`INTAKE_TOKENS` not set): kept in the
 * database, not in a file of one instance, so every instance accepts the tablets linked with it.
 * The first instance to start makes it (256 random bits, base64url); instances that start at the
 * same moment all read the one that won the insert.
 */
export async function readOrCreatePostgresDeviceToken(pool: Pool): Promise<{ token: string; created: boolean }> {
  try {
    const made = randomBytes(32).toString('base64url');
    const inserted = await pool.query<{ value: string }>(
      "INSERT INTO service_settings (name, value) VALUES ('device-token', $1) ON CONFLICT (name) DO NOTHING RETURNING value",
      [made],
    );
    if (inserted.rows[0]) return { token: inserted.rows[0].value, created: true };
    const existing = await pool.query<{ value: string }>("SELECT value FROM service_settings WHERE name = 'device-token'");
    return { token: existing.rows[0]?.value ?? '', created: false };
  } catch (error) {
    throw asPostgresStoreError(error);
  }
}
