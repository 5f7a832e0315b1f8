import type { FastifyBaseLogger } from 'fastify';

/** A worker that claims due work from a shared store; stopping waits for the work under way. */
export interface ClaimLoop {
  /** Finishes the work under way and stops; claims nothing new. */
  stop(): Promise<void>;
}

export interface ClaimLoopOptions<Claim> {
  /** Claims at most `batch` due items with a lease (the store gives each to one instance at a time). */
  readonly claim: (batch: number) => Promise<readonly Claim[]>;
  /** Does one claimed item's work; ends it in the store itself and never rejects. */
  readonly handle: (claim: Claim) => Promise<void>;
  readonly batch: number;
  /** Between two looks for due work when the last look found less than a full batch (ms). */
  readonly idleMs: number;
  readonly log: FastifyBaseLogger;
  /** What a failed look is logged as, e.g. "looking for zaken to read failed". */
  readonly lookFailed: string;
}

/**
 * The loop both forwarding workers share: look for due work at once, handle a batch side by side,
 * look again at once while batches come back full (more may be due), otherwise wait `idleMs`.
 * A failed look is logged and tried again after the wait; the timer never keeps the process alive.
 */
export function runClaimLoop<Claim>(options: ClaimLoopOptions<Claim>): ClaimLoop {
  const { claim, handle, batch, idleMs, log, lookFailed } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function round(): Promise<void> {
    let full: boolean;
    do {
      const claims = await claim(batch);
      await Promise.all(claims.map(handle));
      full = claims.length === batch;
    } while (full && !stopped);
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = round()
        .catch((error: unknown) => log.error({ err: error }, lookFailed))
        .finally(() => {
          running = undefined;
          schedule(idleMs);
        });
    }, delayMs);
    timer.unref();
  }

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
