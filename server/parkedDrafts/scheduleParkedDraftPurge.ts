import type { FastifyInstance } from 'fastify';
import type { ParkedDraftStore } from './ParkedDraftStore';

/**
 * Deletes expired parked drafts, and the records of sent ones past `SENT_PARKED_DRAFT_DAYS`, now (before the service takes requests) and then every
 * `intervalMs`, until the service closes. Expired drafts are never returned in between either;
 * the purge is what makes them gone from the disk. The timer is `unref`'d, so it never keeps the
 * process alive.
 */
export async function scheduleParkedDraftPurge(app: FastifyInstance, store: ParkedDraftStore, now: () => Date, intervalMs: number): Promise<void> {
  const purge = async () => {
    try {
      const purged = await store.purgeExpired(now());
      if (purged.drafts > 0) app.log.info({ purged: purged.drafts }, 'expired parked drafts deleted');
      if (purged.sent > 0) app.log.info({ purged: purged.sent }, 'records of sent parked drafts deleted after SENT_PARKED_DRAFT_DAYS');
    } catch (error) {
      app.log.error({ err: error }, 'deleting expired parked drafts failed');
    }
  };
  await purge();
  const timer = setInterval(() => void purge(), intervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
