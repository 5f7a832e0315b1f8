import type { AddressLookupResult, FoundAddress } from '../intake';
import { lookupQuery, type LookupQuery } from './lookupQuery';

/** Where the lookup for one address question stands. */
export type AddressLookupStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching' }
  | { readonly kind: 'found'; readonly addresses: readonly [FoundAddress, ...FoundAddress[]] }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'unavailable' }
  /** The person chose to type the address ("Zelf invullen"): nothing is looked up any more. */
  | { readonly kind: 'manual' };

export type LookUpAddress = (postcode: string, houseNumber: string, signal: AbortSignal) => Promise<AddressLookupResult>;

export interface AddressLookupSession {
  /** What postcode and number hold now; looks them up after a quiet moment when they form a new query. */
  typed(postcode: string, houseNumber: string): void;
  /** These are settled without a lookup (an earlier address was used): do not look them up. */
  settle(postcode: string, houseNumber: string): void;
  /** "Zelf invullen": cancel, and look nothing up for this question any more. */
  stop(): void;
  /** The question is gone: cancel, and report nothing more. */
  dispose(): void;
}

/** Quiet time after the last keystroke before we ask (ms), so "1", "12", "123" is one lookup. */
export const LOOKUP_DELAY_MS = 600;

/**
 * The address lookup of one address question, without a DOM: one lookup per new postcode and
 * number, the older one cancelled when they change, nothing while they are incomplete. Its
 * answer never holds anything up: the person can type on and go on meanwhile.
 *
 * @param options.known a query already answered when the question is shown (a finished
 *   address), which is not looked up again.
 */
export function createAddressLookupSession(options: {
  readonly lookUp: LookUpAddress;
  readonly onStatus: (status: AddressLookupStatus) => void;
  readonly known?: LookupQuery | undefined;
  readonly delayMs?: number;
}): AddressLookupSession {
  const { lookUp, onStatus, delayMs = LOOKUP_DELAY_MS } = options;
  const keyOf = (query: LookupQuery | undefined) => (query ? `${query.postcode} ${query.houseNumber}` : undefined);
  let lastKey = keyOf(options.known);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;
  let stopped = false;

  const cancel = () => {
    clearTimeout(timer);
    inFlight?.abort();
    inFlight = undefined;
  };

  const run = async (query: LookupQuery) => {
    const controller = new AbortController();
    inFlight = controller;
    onStatus({ kind: 'searching' });
    const result = await lookUp(query.postcode, query.houseNumber, controller.signal);
    if (controller.signal.aborted) return;
    inFlight = undefined;
    onStatus(result.kind === 'found' ? { kind: 'found', addresses: result.addresses } : { kind: result.kind });
  };

  return {
    typed(postcode, houseNumber) {
      const query = lookupQuery(postcode, houseNumber);
      const key = keyOf(query);
      if (stopped || key === lastKey) return;
      lastKey = key;
      cancel();
      if (!query) return onStatus({ kind: 'idle' });
      timer = setTimeout(() => void run(query), delayMs);
    },
    settle(postcode, houseNumber) {
      if (stopped) return;
      cancel();
      lastKey = keyOf(lookupQuery(postcode, houseNumber));
      onStatus({ kind: 'idle' });
    },
    stop() {
      cancel();
      stopped = true;
      onStatus({ kind: 'manual' });
    },
    dispose() {
      cancel();
      stopped = true;
    },
  };
}
