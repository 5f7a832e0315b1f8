import { findDefinition } from '../definitions';
import type { Translator } from '../i18n';
import type { StatusHistoryEntry, StatusReport } from '../intake';
import { formatLongDate } from '../validation';
import { formatDateTime } from './formatDate';
import { textKeys } from '../wizard';
import { permitTitleOf } from './receiptSummary';

/** One status in the history, as the status page lists it. */
export interface StatusStep {
  /** ISO date-time, for `<time datetime>`. */
  readonly at: string;
  readonly date: string;
  readonly text: string;
}

/**
 * A status report as the person reads it on the status page: what happened when, until when the
 * municipality must decide (the later day after an extension, and why), what silence means, whom to
 * contact, what happens next, and how fresh the case system's part is.
 */
export interface StatusReportModel {
  readonly permit: string;
  readonly reference: string;
  readonly history: readonly StatusStep[];
  /** "De gemeente beslist uiterlijk op …", or that it decided, with the result. */
  readonly decision: readonly string[];
  /** The case handler the case system names; `undefined`: the desk is the contact. */
  readonly handler: { readonly text: string; readonly phone?: string; readonly email?: string } | undefined;
  /** The desk's contact sentence (phone number and e-mail address follow it), when no handler is named. */
  readonly deskContact: string;
  readonly next: readonly string[];
  /** "Last checked …" (and that reading failed since), when the case system was read. */
  readonly freshness: readonly string[];
}

export function statusReportModel(translator: Translator, report: StatusReport): StatusReportModel {
  const { t, tag } = translator;
  const closed = report.closedOn !== undefined;
  const dueBy = report.extension?.dueBy ?? report.decisionDueBy ?? report.expectedDecisionBy;
  const decision = report.closedOn
    ? [
        report.result
          ? t('status.decision.decided', { date: formatLongDate(report.closedOn, tag), result: resultText(report.result) })
          : t('status.decision.closed', { date: formatLongDate(report.closedOn, tag) }),
      ]
    : [
        report.extension ? t('status.decision.extended', { date: formatLongDate(report.extension.dueBy, tag) }) : t('status.decision.by', { date: formatLongDate(dueBy, tag) }),
        ...(report.extension?.reason ? [t('status.decision.extendedReason', { reason: report.extension.reason })] : []),
        // Unknown to the service (a form it no longer has): said not at all rather than wrongly.
        ...(report.silenceMeansConsent === undefined ? [] : [t(report.silenceMeansConsent ? 'sent.silenceIsConsent' : 'sent.silenceIsNotConsent', { date: formatLongDate(dueBy, tag) })]),
      ];
  const { contact } = report;
  const handler =
    contact && (contact.name || contact.phone || contact.email)
      ? {
          text: contact.name ? t('status.contact.handler', { name: contact.name }) : t('status.contact.handlerUnnamed'),
          ...(contact.phone ? { phone: contact.phone } : {}),
          ...(contact.email ? { email: contact.email } : {}),
        }
      : undefined;
  const permit = findDefinition(report.permitId);
  return {
    permit: permitTitleOf(translator, report.permitId),
    reference: report.reference,
    history: report.history.map((entry) => ({ at: entry.at, date: formatDateTime(entry.at, tag), text: historyText(translator, entry) })),
    decision,
    handler,
    deskContact: t('sent.contact', { desk: t('desk.name'), reference: report.reference }),
    next: closed ? [t('status.next.closed'), t('sent.objection')] : permit ? [t(textKeys.permitNextSteps(permit))] : [],
    freshness: report.lastCheckedAt
      ? [t('status.lastChecked', { time: formatDateTime(report.lastCheckedAt, tag) }), ...(report.lastFailedAt ? [t('status.lastFailed')] : [])]
      : [],
  };
}

/** The case system's own words for the citizen where it has them, otherwise ours. */
function historyText(translator: Translator, entry: StatusHistoryEntry): string {
  if (entry.text?.trim()) return entry.text;
  return translator.t(`status.history.${entry.status}`);
}

function resultText(result: NonNullable<StatusReport['result']>): string {
  return result.explanation ? `${result.description}. ${result.explanation}` : result.description;
}
