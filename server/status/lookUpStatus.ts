import { parseStatusCode } from '../../src/crypto';
import type { ForwardingStore } from '../forwarding/ForwardingStore';
import { findPermit, type PermitRegistry } from '../applications/permitRegistry';
import { REFERENCE_PATTERN } from '../applications/referenceNumbers';
import type { CaseStatusStore } from './CaseStatus';
import { afterWrongGuess, lockedUntil, type LockOutPolicy } from '../security/lockOut';
import { verifyStatusCode } from './statusCodeHash';
import type { StatusLookupStore } from './StatusLookupStore';
import { statusReport, type StatusReport } from './statusReport';

/** Where the status lookup reads from. */
export interface StatusLookupSources {
  readonly store: StatusLookupStore;
  readonly permits: PermitRegistry;
  readonly policy: LockOutPolicy;
  /** The forwarding outbox, when applications are forwarded: "forwarded" once the zaak exists. */
  readonly forwarding?: Pick<ForwardingStore, 'findForwarding'>;
  /** The case system's statuses as last read, when forwarding reads them. */
  readonly caseStatuses?: CaseStatusStore;
}

/** How a lookup ended; `missing` for a wrong code and an unknown reference alike. */
export type StatusLookupResult =
  | { readonly kind: 'found'; readonly report: StatusReport }
  | { readonly kind: 'missing' }
  | { readonly kind: 'locked'; readonly until: Date };

/**
 * Looks up where an application stands with the reference and status code from its receipt, as
 * typed. A wrong code, an unknown reference and an application sent without a code are one and
 * the same `missing`, after the same scrypt work, and each counts towards the reference's lock;
 * a locked reference is refused before its code is looked at, the right one too. A code that
 * fails its check symbol is a typo, not a guess: `missing` without counting.
 */
export async function lookUpStatus(sources: StatusLookupSources, typedReference: string, typedCode: string, now: Date): Promise<StatusLookupResult> {
  const { store, policy } = sources;
  const reference = typedReference.trim().toUpperCase();
  const code = parseStatusCode(typedCode);
  // Nothing can have this reference or code: nothing to probe, nothing to lock.
  if (!REFERENCE_PATTERN.test(reference) || !code.ok) return { kind: 'missing' };
  const until = lockedUntil(await store.findMisses(reference), now);
  if (until) return { kind: 'locked', until };
  const application = await store.findApplication(reference);
  if (!application || !(await verifyStatusCode(code.code, application.statusCodeHash))) {
    const misses = await store.recordMiss(reference, (previous) => afterWrongGuess(previous, now, policy), new Date(now.getTime() - policy.windowMs));
    const locked = lockedUntil(misses, now);
    return locked ? { kind: 'locked', until: locked } : { kind: 'missing' };
  }
  await store.clearMisses(reference);
  const forwarding = sources.forwarding ? await sources.forwarding.findForwarding(reference, now) : undefined;
  const caseStatus = sources.caseStatuses ? await sources.caseStatuses.read(reference) : undefined;
  return {
    kind: 'found',
    report: statusReport({
      application,
      silenceIsConsent: silenceIsConsent(sources.permits, application.formId, application.formVersion),
      ...(forwarding ? { forwarding: forwarding.summary } : {}),
      ...(caseStatus ? { caseStatus } : {}),
    }),
  };
}

/**
 * The permit's rule for its version; for a version the service no longer keeps, its newest
 * version's (the rule is the law's, not the form's); `undefined` for a form it does not know.
 */
function silenceIsConsent(permits: PermitRegistry, formId: string, formVersion: number): boolean | undefined {
  const found = findPermit(permits, formId, formVersion);
  if ('permit' in found) return found.permit.decisionTerm.silenceIsConsent;
  const newest = permits.filter(({ definition }) => definition.id === formId).sort((a, b) => b.definition.version - a.definition.version)[0];
  return newest?.definition.decisionTerm.silenceIsConsent;
}
