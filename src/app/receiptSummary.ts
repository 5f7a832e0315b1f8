import { findDefinition } from '../definitions';
import type { StoredReceipt } from '../drafts';
import type { Translator } from '../i18n';
import { textKeys } from '../wizard';
import { formatLongDate } from '../validation';
import { formatDateTime } from './formatDate';

/** The permit's title in the person's language; its id when this build no longer has the permit. */
export function permitTitleOf(translator: Translator, permitId: string): string {
  const permit = findDefinition(permitId);
  return permit ? translator.t(textKeys.permitTitle(permit)) : permitId;
}

/** "HV-2026-000123: Gehandicaptenparkeerkaart, ontvangen op …. Besluit uiterlijk op …." */
export function receiptSummary(translator: Translator, receipt: StoredReceipt): string {
  return translator.t('drafts.receipt', {
    reference: receipt.reference,
    permit: permitTitleOf(translator, receipt.permitId),
    received: formatDateTime(receipt.receivedAt, translator.tag),
    decisionBy: formatLongDate(receipt.expectedDecisionBy, translator.tag),
  });
}
