import type { FastifyBaseLogger } from 'fastify';
import { todayIso } from '../../src/wizard';
import { findPermit, type PermitRegistry } from '../applications/permitRegistry';
import { describeFailure } from './describeFailure';
import type { ClaimedForwarding, ForwardingOutcome, ForwardingStore } from './ForwardingStore';
import { retryDelayMs } from './retryDelay';
import { runClaimLoop, type ClaimLoop } from './runClaimLoop';
import { registerZaak } from './zgw/registerZaak';
import { createCaseTypeResolver } from './zgw/resolveCaseTypes';
import { createZgwClient, type ZgwClient } from './zgw/ZgwClient';
import type { ZgwConfig } from './zgw/ZgwConfig';
import type { ZgwUser } from './zgw/zgwToken';

/** The forwarding worker of one instance: `stop()` finishes the tries under way and claims nothing new. */
export type Forwarder = ClaimLoop;

export interface ForwarderOptions {
  readonly store: ForwardingStore;
  readonly config: ZgwConfig;
  readonly permits: PermitRegistry;
  readonly log: FastifyBaseLogger;
  /** Between two looks for due work when there is none (ms); default 2000. */
  readonly pollMs?: number;
  /** Applications registered at once by this instance; default 2. */
  readonly batch?: number;
  readonly client?: ZgwClient;
  readonly now?: () => Date;
  readonly random?: () => number;
}

/** Thrown inside a try whose lease went to another forwarder: it stops without writing. */
class LeaseLostError extends Error {}

/**
 * Registers the applications waiting in the forwarding outbox (docs/forwarding.md): claims due
 * ones with a lease, registers each with checkpoints, and ends each try as registered, to be
 * retried later (capped exponential backoff with jitter), or as "needs action" when retrying
 * cannot mend it or the tries are used up. Several instances may run one each: the store's
 * claim gives every application to one at a time.
 */
export function startForwarder(options: ForwarderOptions): Forwarder {
  const { store, config, permits, log } = options;
  const now = options.now ?? (() => new Date());
  const pollMs = options.pollMs ?? 2000;
  const batch = options.batch ?? 2;
  const leaseMs = config.retry.leaseSeconds * 1000;
  const client =
    options.client ??
    createZgwClient({ clientId: config.clientId, secret: config.secret, timeoutMs: config.requestTimeoutSeconds * 1000, zakenApi: config.zakenApi, now });
  const resolveCaseTypes = createCaseTypeResolver(client, config, now);

  async function forwardOne(claim: ClaimedForwarding): Promise<void> {
    let step = 'lezen';
    const end = async (outcome: ForwardingOutcome, message: string, detail?: string) => {
      const attemptOutcome = outcome.kind === 'registered' ? 'registered' : outcome.kind === 'needsAction' ? 'needsAction' : 'failed';
      await store.finish(claim.reference, claim.leaseId, outcome, { at: now(), step, outcome: attemptOutcome, message, ...(detail ? { detail } : {}) });
    };
    try {
      const forwarded = await store.readApplication(claim.reference);
      if (!forwarded) return await end({ kind: 'needsAction', reason: 'De aanvraag is niet gevonden in de opslag.' }, 'De aanvraag is niet gevonden in de opslag.');
      const { formId, formVersion } = forwarded.application;
      const permitConfig = config.permits[formId];
      if (!permitConfig) {
        const reason = `Vergunning "${formId}" staat niet in de ZGW-instellingen (permits in ZGW_CONFIG).`;
        return await end({ kind: 'needsAction', reason }, reason);
      }
      const found = findPermit(permits, formId, formVersion);
      if (!('permit' in found)) {
        const reason = `Formulier ${formId} versie ${formVersion} is onbekend bij deze service.`;
        return await end({ kind: 'needsAction', reason }, reason);
      }
      const assistance = forwarded.application.assistance;
      // The employee who helped is who the case system's audit trail names; otherwise the desk.
      const user: ZgwUser = assistance.assisted
        ? { id: assistance.staffId, representation: assistance.staffName }
        : { id: 'hulploket', representation: config.desk };
      step = 'zaaktype';
      const types = await resolveCaseTypes(permitConfig, todayIso(forwarded.receivedAt), user);
      const registered = await registerZaak({
        client,
        config,
        types,
        permit: found.permit,
        forwarded,
        checkpoints: claim.checkpoints,
        user,
        onStep: (name) => {
          step = name;
        },
        checkpoint: async (name, url) => {
          if (!(await store.saveCheckpoint(claim.reference, claim.leaseId, name, url))) throw new LeaseLostError();
        },
      });
      step = 'klaar';
      await end({ kind: 'registered', ...registered }, `Geregistreerd als zaak ${registered.zaakIdentificatie}.`);
      log.info({ reference: claim.reference, attempt: claim.attempt }, 'registered in the case system');
    } catch (error) {
      if (error instanceof LeaseLostError) {
        log.warn({ reference: claim.reference }, 'forwarding lease lost; another forwarder has it');
        return;
      }
      const failure = describeFailure(error, step);
      const tooLong = now().getTime() - claim.queuedAt.getTime() > config.retry.giveUpAfterHours * 3_600_000;
      const usedUp = claim.attempt >= config.retry.maxAttempts;
      log.warn({ reference: claim.reference, attempt: claim.attempt, step, detail: failure.detail }, 'registration in the case system failed');
      if (!failure.retryable || tooLong || usedUp) {
        const reason = failure.retryable
          ? `${failure.message} Na ${claim.attempt} ${claim.attempt === 1 ? 'poging' : 'pogingen'} wordt het niet meer vanzelf geprobeerd.`
          : failure.message;
        await end({ kind: 'needsAction', reason }, failure.message, failure.detail).catch((storeError: unknown) => log.error({ err: storeError }, 'recording a failed registration failed'));
        return;
      }
      const nextAttemptAt = new Date(now().getTime() + retryDelayMs(claim.attempt, config.retry, options.random));
      await end({ kind: 'retry', nextAttemptAt }, failure.message, failure.detail).catch((storeError: unknown) => log.error({ err: storeError }, 'recording a failed registration failed'));
    }
  }

  return runClaimLoop({
    claim: (size) => store.claimDue(now(), leaseMs, size),
    handle: forwardOne,
    batch,
    idleMs: pollMs,
    log,
    lookFailed: 'looking for applications to register failed',
  });
}
