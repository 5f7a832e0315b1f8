import type { components } from '../../src/intake/api-types';
import type { ForwardingSummary } from '../forwarding/ForwardingStore';
import type { CaseStatusRecord, CaseStatusSnapshot } from './CaseStatus';
import type { StatusLookupApplication } from './StatusLookupStore';

export type StatusReport = components['schemas']['StatusReport'];
type HistoryEntry = components['schemas']['StatusHistoryEntry'];

/** What the status report is made of, each part from where the service keeps it. */
export interface StatusSources {
  readonly application: StatusLookupApplication;
  /** The permit definition's rule; `undefined` when the service no longer knows the form. */
  readonly silenceIsConsent: boolean | undefined;
  /** The forwarding outbox's line, when applications are forwarded. */
  readonly forwarding?: Pick<ForwardingSummary, 'state' | 'registeredAt'>;
  /** The case system's last read state, when one was read. */
  readonly caseStatus?: CaseStatusRecord;
}

/**
 * Where an application stands, for whoever holds its receipt (api/openapi.json, `StatusReport`):
 * what the intake service knows (received; forwarded once its zaak exists), then what the case
 * system said when last read. Only dates, states, the case system's texts for the citizen and the
 * case handler's contact details go in: never answers, names of the applicant or addresses.
 */
export function statusReport({ application, silenceIsConsent, forwarding, caseStatus }: StatusSources): StatusReport {
  const history: HistoryEntry[] = [{ status: 'received', at: application.receivedAt }];
  if (forwarding?.state === 'registered' && forwarding.registeredAt) history.push({ status: 'forwarded', at: forwarding.registeredAt.toISOString() });
  const snapshot = caseStatus?.snapshot;
  if (snapshot) history.push(...snapshot.statuses.map(caseEntry));
  return {
    reference: application.reference,
    permitId: application.formId,
    receivedAt: application.receivedAt,
    history,
    expectedDecisionBy: application.expectedDecisionBy,
    ...(silenceIsConsent === undefined ? {} : { silenceMeansConsent: silenceIsConsent }),
    ...(snapshot ? fromSnapshot(snapshot) : {}),
    ...(caseStatus ? { lastCheckedAt: caseStatus.checkedAt } : {}),
    ...(caseStatus?.lastFailedAt ? { lastFailedAt: caseStatus.lastFailedAt } : {}),
  };
}

function caseEntry(entry: CaseStatusSnapshot['statuses'][number]): HistoryEntry {
  // The case system's text meant for the citizen, where it has one; its own description otherwise.
  const text = entry.citizenText || entry.description;
  return { status: 'case', at: entry.setAt, ...(text ? { text } : {}), final: entry.final };
}

function fromSnapshot(snapshot: CaseStatusSnapshot): Partial<StatusReport> {
  const { decisionDueBy, extension, closedOn, result, caseHandler } = snapshot;
  const contact = caseHandler && {
    ...(caseHandler.name ? { name: caseHandler.name } : {}),
    ...(caseHandler.phone ? { phone: caseHandler.phone } : {}),
    ...(caseHandler.email ? { email: caseHandler.email } : {}),
  };
  return {
    ...(decisionDueBy ? { decisionDueBy } : {}),
    ...(extension ? { extension: { dueBy: extension.dueBy, ...(extension.reason ? { reason: extension.reason } : {}) } } : {}),
    ...(closedOn ? { closedOn } : {}),
    ...(result ? { result: { description: result.description, ...(result.explanation ? { explanation: result.explanation } : {}) } } : {}),
    // A handler the case system names without a way to reach them is no contact: the app shows the desk.
    ...(contact && Object.keys(contact).length > 0 ? { contact } : {}),
  };
}
