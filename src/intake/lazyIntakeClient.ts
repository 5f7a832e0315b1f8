import type { IntakeClient } from './IntakeClient';

/**
 * An intake client whose code loads on its first call, so the start screen does not carry the
 * HTTP client (`bench/budgets.json`): nothing is sent or looked up before a person has typed
 * something. Each call keeps its contract when the code cannot be loaded (offline on a browser
 * without the service worker's copy): a send is `unreachable` and stays in the outbox, lookups say
 * `unavailable` or `unreachable`, parking fails; the next call tries to load again.
 */
export function lazyIntakeClient(load: () => Promise<IntakeClient>): IntakeClient {
  let loading: Promise<IntakeClient> | undefined;
  const client = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return {
    send: (submission, idempotencyKey, files) =>
      client().then(
        (loaded) => loaded.send(submission, idempotencyKey, files),
        () => ({ kind: 'unreachable' }) as const,
      ),
    parkDraft: (lookupId, sealed) =>
      client().then(
        (loaded) => loaded.parkDraft(lookupId, sealed),
        () => 'failed' as const,
      ),
    // Rejects when the service cannot be asked, as the contract says.
    fetchParkedDraft: (lookupId) => client().then((loaded) => loaded.fetchParkedDraft(lookupId)),
    lookUpAddress: (postcode, houseNumber, signal) =>
      client().then(
        (loaded) => loaded.lookUpAddress(postcode, houseNumber, signal),
        () => ({ kind: 'unavailable' }) as const,
      ),
    lookUpStatus: (reference, statusCode) =>
      client().then(
        (loaded) => loaded.lookUpStatus(reference, statusCode),
        () => ({ kind: 'unreachable' }) as const,
      ),
  };
}
