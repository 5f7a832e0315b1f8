import type { ForwardingAttempt } from '../forwarding/ForwardingStore';

/** The history line of a staff retry (`ForwardingStore.retryNow`): who asked, and when. */
export function retryRequestedAttempt(by: string, at: Date): ForwardingAttempt {
  return { at, step: 'retry', outcome: 'retryRequested', message: 'Een medewerker heeft gevraagd het opnieuw te proberen.', by };
}
