import type { Translator } from '../i18n';
import type { Receipt } from '../intake';
import type { PdfBlock, PdfDocument } from '../receipt';
import { textKeys, todayIso, visiblePlan, type Answers, type PermitDefinition } from '../wizard';
import { formatAnswer } from './formatAnswer';
import { formatLongDate } from '../validation';
import { formatDateTime } from './formatDate';
import { municipality } from './municipality';

export interface ReceiptRow {
  readonly label: string;
  readonly value: string;
}

/**
 * The proof of receipt as the person reads it, on the screen, on paper and in the PDF alike:
 * the reference, when it arrived, the permit, the decision date, what happens next (silence as
 * consent or not, objection), the contact, and a summary of what was sent (the Awb asks for it).
 */
export interface ReceiptModel {
  readonly title: string;
  readonly reference: string;
  readonly facts: readonly ReceiptRow[];
  readonly nextTitle: string;
  readonly next: readonly string[];
  readonly contactTitle: string;
  /** The contact sentence; the phone number and e-mail address follow it (as links on screen). */
  readonly contact: string;
  readonly contactEmail: string;
  readonly answersTitle: string;
  /** Per step of the form, what was sent; `undefined` when it is no longer on this tablet (see `Application.sentAnswers`). */
  readonly answers: readonly { readonly title: string; readonly rows: readonly ReceiptRow[] }[] | undefined;
  readonly answersGone: string;
}

/**
 * `helperName`: the employee who helped fill it in (staff mode); they are the contact person then,
 * as the charter promises, otherwise the desk is.
 */
export function receiptModel(translator: Translator, permit: PermitDefinition, receipt: Receipt, sentAnswers: Answers | undefined, helperName?: string): ReceiptModel {
  const t = translator.t;
  const decisionBy = formatLongDate(receipt.expectedDecisionBy, translator.tag);
  return {
    title: t('receipt.title'),
    reference: receipt.reference,
    facts: [
      { label: t('receipt.reference'), value: receipt.reference },
      { label: t('sent.permit'), value: t(textKeys.permitTitle(permit)) },
      { label: t('sent.receivedAt'), value: formatDateTime(receipt.receivedAt, translator.tag) },
      { label: t('sent.decisionBy'), value: decisionBy },
    ],
    nextTitle: t('sent.nextTitle'),
    next: [
      t(textKeys.permitNextSteps(permit)),
      t(permit.decisionTerm.silenceIsConsent ? 'sent.silenceIsConsent' : 'sent.silenceIsNotConsent', { date: decisionBy }),
      t('sent.objection'),
    ],
    contactTitle: t('sent.contactTitle'),
    contact: helperName
      ? t('sent.contactPerson', { name: helperName, desk: t('desk.name'), reference: receipt.reference })
      : t('sent.contact', { desk: t('desk.name'), reference: receipt.reference }),
    contactEmail: t('sent.contactEmail'),
    answersTitle: t('receipt.answersTitle'),
    answers:
      sentAnswers &&
      visiblePlan(permit, sentAnswers, todayIso()).map(({ step, questions }) => ({
        title: t(textKeys.stepTitle(permit, step)),
        rows: questions.map((question) => ({ label: t(textKeys.label(permit, question)), value: formatAnswer(translator, permit, question, sentAnswers[question.id]) })),
      })),
    answersGone: t('receipt.answersGone'),
  };
}

/** The receipt as a PDF document: the same texts in the same order as on the screen. */
export function receiptPdfDocument(model: ReceiptModel, translator: Translator): PdfDocument {
  const rows = (list: readonly ReceiptRow[]): PdfBlock[] =>
    list.flatMap((row) => [
      { kind: 'P', text: row.label, strong: true, spaceBefore: 8 },
      { kind: 'P', text: row.value, spaceBefore: 0 },
    ]);
  return {
    title: `${model.title} ${model.reference} – ${municipality.name}`,
    lang: translator.tag,
    blocks: [
      { kind: 'P', text: `${municipality.name} – ${translator.t('desk.name')}`, spaceBefore: 0 },
      { kind: 'H1', text: model.title, spaceBefore: 12 },
      ...rows(model.facts),
      { kind: 'H2', text: model.nextTitle },
      ...model.next.map((text): PdfBlock => ({ kind: 'P', text })),
      { kind: 'H2', text: model.contactTitle },
      { kind: 'P', text: `${model.contact} ${municipality.phone} ${model.contactEmail} ${municipality.email}.` },
      { kind: 'H2', text: model.answersTitle },
      ...(model.answers
        ? model.answers.flatMap((section): PdfBlock[] => [{ kind: 'H3', text: section.title }, ...rows(section.rows)])
        : [{ kind: 'P', text: model.answersGone } satisfies PdfBlock]),
    ],
  };
}
