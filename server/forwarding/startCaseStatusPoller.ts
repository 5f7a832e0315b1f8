import type { FastifyBaseLogger } from 'fastify';
import type { CaseStatusPollStore, ClaimedCaseStatusPoll } from './CaseStatusPollStore';
import { describeFailure } from './describeFailure';
import { runClaimLoop, type ClaimLoop } from './runClaimLoop';
import { createCatalogueCache } from './zgw/createCatalogueCache';
import { readCaseStatus } from './zgw/readCaseStatus';
import { createZgwClient, type ZgwClient } from './zgw/ZgwClient';
import type { ZgwConfig } from './zgw/ZgwConfig';
import type { ZgwUser } from './zgw/zgwToken';

/** The case-status poller of one instance: `stop()` finishes the reads under way and claims nothing new. */
export type CaseStatusPoller = ClaimLoop;

export interface CaseStatusPollerOptions {
  readonly store: CaseStatusPollStore;
  readonly config: ZgwConfig;
  readonly log: FastifyBaseLogger;
  /** Between two looks for due zaken (ms); default 5000, or the poll interval when that is shorter. */
  readonly lookMs?: number;
  /** Zaken read at once by this instance; default 2. */
  readonly batch?: number;
  readonly client?: ZgwClient;
  readonly now?: () => Date;
  readonly random?: () => number;
}

/**
 * Keeps the snapshot of every registered application's zaak up to date for the status page
 * (docs/forwarding.md, "Keeping the status of a zaak"): claims the due zaken with a lease, reads
 * each (`readCaseStatus`) and records the snapshot, or the failure with the last snapshot kept.
 * Each zaak is read again about every `statusPollSeconds`, with a random quarter either way so the
 * reads of many zaken spread out rather than come back together; a closed zaak is read once more
 * after the read that found it closed (its resultaat may follow the end status) and then no more.
 * Several instances may run one each: the store's claim gives every zaak to one at a time.
 */
export function startCaseStatusPoller(options: CaseStatusPollerOptions): CaseStatusPoller {
  const { store, config, log } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const intervalMs = config.statusPollSeconds * 1000;
  const lookMs = options.lookMs ?? Math.min(5000, intervalMs);
  const batch = options.batch ?? 2;
  const leaseMs = config.retry.leaseSeconds * 1000;
  const client =
    options.client ??
    createZgwClient({ clientId: config.clientId, secret: config.secret, timeoutMs: config.requestTimeoutSeconds * 1000, zakenApi: config.zakenApi, now });
  const catalogue = createCatalogueCache(client, config.catalogueCacheMinutes * 60_000, now);
  // The desk reads, as it registers when nobody helped: the case system's audit trail names it.
  const user: ZgwUser = { id: 'hulploket', representation: config.desk };

  const nextPoll = () => new Date(now().getTime() + intervalMs * (0.75 + 0.5 * random()));

  async function pollOne(claim: ClaimedCaseStatusPoll): Promise<void> {
    try {
      const snapshot = await readCaseStatus(claim.zaakUrl, { client, config, catalogue, user });
      const finalRead = snapshot.closedOn !== undefined && claim.previous?.closedOn !== undefined;
      if (!(await store.recordRead(claim.reference, claim.leaseId, snapshot, now(), finalRead ? null : nextPoll()))) {
        log.warn({ reference: claim.reference }, 'case status lease lost; another poller has it');
      }
    } catch (error) {
      const failure = describeFailure(error, 'status');
      log.warn({ reference: claim.reference, detail: failure.detail ?? failure.message }, 'reading the case status failed');
      await store
        .recordFailure(claim.reference, claim.leaseId, now(), nextPoll())
        .catch((storeError: unknown) => log.error({ err: storeError }, 'recording a failed case status read failed'));
    }
  }

  return runClaimLoop({
    claim: (size) => store.claimDue(now(), leaseMs, size),
    handle: pollOne,
    batch,
    idleMs: lookMs,
    log,
    lookFailed: 'looking for zaken to read failed',
  });
}
